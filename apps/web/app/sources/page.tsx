import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { getParley } from "@/data/getParley";
import { SourcesIndex } from "@/views/SourcesIndex";

export const metadata: Metadata = pageMetadata({
  path: "/sources/",
  title: "Sources",
  description: "Every news report and document Parley cites, with publisher, date and the records that cite it.",
});

export default function SourcesIndexRoute() {
  return <SourcesIndex parley={getParley()} page={1} />;
}
