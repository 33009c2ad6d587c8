import { RESULTS_PAGE_LIMIT, type Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { Fragment } from "react";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { Link } from "@/components/Link";
import { kindPlural } from "@/lib/labels";
import { hasPage, indexPathFor } from "@/lib/paths";
import { SearchPage } from "@/search/SearchPage";
import { searchPageText } from "@/search/searchPageText";
import { searchText } from "@/search/searchText";
import { KIND_ORDER } from "@/search/kindOrder";
import { kindHeadings } from "@/search/toSearchResult";

/** The indexes the page offers to browse when search cannot run: the kinds with pages, in the results' order. */
const BROWSE = KIND_ORDER.filter(hasPage);

function metadata(language: Language): Metadata {
  const t = searchPageText[language];
  return pageMetadata({ path: "/search/", title: t.title, description: t.description, index: false });
}

function SearchRoute({ language }: { language: Language }) {
  const t = searchPageText[language];
  return (
    <SectionPage language={language} path="/search/" crumb={t.title} title={t.title}>
      <SearchPage text={searchText[language]} headings={kindHeadings(language)} limit={RESULTS_PAGE_LIMIT} />
      <noscript>
        <p className="notice">{t.noScript}</p>
      </noscript>
      <h2>{t.browse}</h2>
      <p>
        {BROWSE.map((kind, i) => (
          <Fragment key={kind}>
            {i > 0 ? " · " : null}
            <Link href={indexPathFor(kind)}>{kindPlural(kind, language)}</Link>
          </Fragment>
        ))}
      </p>
    </SectionPage>
  );
}

/** The page in every language. */
export const searchPage: RouteModule = { metadata, Page: SearchRoute };
