import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getParley } from "@/data/getParley";
import { paginate } from "@/lib/paginate";
import { pageMetadata } from "@/site/pageMetadata";
import { sortedSources, SourcesListing, sourcesPagePath } from "@/routes/SourcesListing";
import { pageText } from "./pageText";

/** The sources index after its first page: one static page per further hundred sources (as many in every language). */
function staticParams() {
  const pages = paginate(getParley().dataset.sources, 1)?.pages ?? 1;
  return Array.from({ length: pages - 1 }, (_, i) => ({ n: String(i + 2) }));
}

function metadata(language: Language, params: { n: string }): Metadata {
  const text = pageText[language].sources;
  const n = Number(params.n);
  return pageMetadata({ path: sourcesPagePath(n), title: text.page(n), description: text.description });
}

function SourcesPageRoute({ language, params }: { language: Language; params: { n: string } }) {
  const n = Number(params.n);
  if (n < 2 || !paginate(sortedSources(getParley(), language), n)) notFound();
  return <SourcesListing parley={getParley()} page={n} language={language} />;
}

/** The sources index after its first page, in every language. */
export const sourcesPage: RouteModule<{ n: string }> = { metadata, Page: SourcesPageRoute, staticParams };
