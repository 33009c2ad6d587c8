import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { Link } from "@/components/Link";
import { SearchPage } from "@/search/SearchPage";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/search/",
    title: "Search",
    description:
      "Search Parley's people, events, organizations, offices, places, topics, statements, terms of office, " +
      "disagreements and sources in any script, with or without accents.",
    index: false,
  });
}

function SearchRoute({ language }: { language: Language }) {
  return (
    <SectionPage path="/search/" crumb="Search" title="Search">
      <SearchPage />
      <noscript>
        <p className="notice">
          Search runs in your browser and needs JavaScript. Without it, browse the indexes below.
        </p>
      </noscript>
      <h2>Browse instead</h2>
      <p>
        <Link href="/people/">People</Link> · <Link href="/events/">Events</Link> ·{" "}
        <Link href="/organizations/">Organizations</Link> · <Link href="/posts/">Offices</Link> ·{" "}
        <Link href="/places/">Places</Link> · <Link href="/topics/">Topics</Link> ·{" "}
        <Link href="/sources/">Sources</Link>
      </p>
    </SectionPage>
  );
}

/** The page in every language. */
export const searchPage: RouteModule = { metadata, Page: SearchRoute };
