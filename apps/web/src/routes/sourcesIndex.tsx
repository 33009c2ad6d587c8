import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { getParley } from "@/data/getParley";
import { SourcesListing } from "@/routes/SourcesListing";
import { pageText } from "./pageText";

function metadata(language: Language): Metadata {
  const text = pageText[language].sources;
  return pageMetadata({ path: "/sources/", title: text.title, description: text.description });
}

function SourcesIndexRoute({ language }: { language: Language }) {
  return <SourcesListing parley={getParley()} page={1} language={language} />;
}

/** The page in every language. */
export const sourcesIndex: RouteModule = { metadata, Page: SourcesIndexRoute };
