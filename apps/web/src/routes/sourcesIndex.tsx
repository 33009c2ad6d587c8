import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { getParley } from "@/data/getParley";
import { SourcesIndex } from "@/views/SourcesIndex";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/sources/",
    title: "Sources",
    description: "Every news report and document Parley cites, with publisher, date and the records that cite it.",
  });
}

function SourcesIndexRoute({ language }: { language: Language }) {
  return <SourcesIndex parley={getParley()} page={1} />;
}

/** The page in every language. */
export const sourcesIndex: RouteModule = { metadata, Page: SourcesIndexRoute };
