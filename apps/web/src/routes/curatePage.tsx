import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { CurateWorkbench } from "@/curate/CurateWorkbench";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/curate/",
    title: "Curate",
    description:
      "Turn a news article in English, Vietnamese or Russian into draft records that cite it word for word, " +
      "matched against Parley's record with every conflict shown. Runs in your browser.",
    index: false,
  });
}

function CurateRoute({ language }: { language: Language }) {
  return (
    <SectionPage
      path="/curate/"
      crumb="Curate"
      title="Draft records from an article"
      lede={
        "Paste a news report or open a saved page. Parley marks the people, offices, organizations, places, " +
        "topics and dates it recognises, drafts the events with citations to the article’s own words, and " +
        "checks them against the record: what matches, what is new, and where the article disagrees. " +
        "Nothing leaves your browser and nothing in the record changes until a curator applies the draft."
      }
    >
      <CurateWorkbench />
      <noscript>
        <p className="notice">
          Drafting runs in your browser and needs JavaScript. The same works offline with{" "}
          <code>parley draft article.txt</code>.
        </p>
      </noscript>
    </SectionPage>
  );
}

/** The page in every language. */
export const curatePage: RouteModule = { metadata, Page: CurateRoute };
