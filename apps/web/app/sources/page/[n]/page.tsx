import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getParley } from "@/data/getParley";
import { paginate } from "@/lib/paginate";
import { pageMetadata } from "@/site/pageMetadata";
import { sortedSources, SourcesIndex, sourcesPagePath } from "@/views/SourcesIndex";

type Props = { params: Promise<{ n: string }> };

/** The sources index after its first page: one static page per further hundred sources. */
export function generateStaticParams() {
  const pages = paginate(sortedSources(getParley()), 1)?.pages ?? 1;
  return Array.from({ length: pages - 1 }, (_, i) => ({ n: String(i + 2) }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = Number((await params).n);
  return pageMetadata({
    path: sourcesPagePath(n),
    title: `Sources, page ${n}`,
    description: "Every news report and document Parley cites, with publisher, date and the records that cite it.",
  });
}

export default async function SourcesPageRoute({ params }: Props) {
  const n = Number((await params).n);
  if (n < 2 || !paginate(sortedSources(getParley()), n)) notFound();
  return <SourcesIndex parley={getParley()} page={n} />;
}
