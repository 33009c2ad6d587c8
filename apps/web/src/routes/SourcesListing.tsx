import type { Language, Parley } from "@parley/core";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { Link } from "@/components/Link";
import { Pager } from "@/components/Pager";
import { WeakSourceMark } from "@/components/WeakSourceMark";
import { paginate } from "@/lib/paginate";
import { pathFor } from "@/lib/paths";
import { pageText } from "@/routes/pageText";
import { SectionPage } from "@/site/SectionPage";

/** The address of one page of the sources index in the English site: `/sources/` for the first, `/sources/page/N/` after it. */
export function sourcesPagePath(page: number): string {
  return page === 1 ? "/sources/" : `/sources/page/${page}/`;
}

/**
 * Every source, by publisher then title as the page's language sorts them, in pages of `INDEX_PAGE_SIZE`, so that the
 * page stays light as the record grows. Publishers are sorted by their names in the language.
 */
export function sortedSources(parley: Parley, language: Language) {
  const publisher = (id: string | null) => (id ? parley.labelOf(id, language) : "~");
  return [...parley.dataset.sources].sort(
    (a, b) =>
      publisher(a.publisher).localeCompare(publisher(b.publisher), language) ||
      a.title.localeCompare(b.title, language),
  );
}

/** A source's title as published, marked with its language when that is not the page's. */
function SourceTitle({ title, lang, language }: { title: string; lang: string; language: Language }) {
  return lang.toLowerCase().split("-")[0] === language ? <>{title}</> : <span lang={lang}>{title}</span>;
}

/** One page of the sources index; null for a page the list does not have. */
export function SourcesListing({ parley, page, language }: { parley: Parley; page: number; language: Language }) {
  const text = pageText[language].sources;
  const stats = parley.stats();
  const all = sortedSources(parley, language);
  const paged = paginate(all, page);
  if (!paged) return null;
  const pager = <Pager page={page} pages={paged.pages} hrefOf={sourcesPagePath} label={text.pager(paged.pages)} />;
  return (
    <SectionPage
      path={sourcesPagePath(page)}
      crumb={page === 1 ? text.title : text.page(page)}
      title={page === 1 ? text.title : text.pageOf(page, paged.pages)}
      lede={text.lede(all.length, stats.sourcesByPublisher.filter((s) => s.publisher).length)}
      language={language}
    >
      {pager}
      <DataTable
        columns={[
          text.columns.source,
          text.columns.publisher,
          text.columns.published,
          { label: text.columns.citedBy, numeric: true },
        ]}
        rows={paged.items.map((s) => ({
          key: s.id,
          cells: [
            <>
              <Link href={pathFor("sources", s.id)}>
                <SourceTitle title={s.title} lang={s.language} language={language} />
              </Link>
              <WeakSourceMark source={s} language={language} />
            </>,
            s.publisher ? parley.labelOf(s.publisher, language) : text.unknown,
            s.published ? <DateText date={s.published} language={language} /> : text.unknown,
            parley.recordsCiting(s.id).length.toLocaleString(language),
          ],
        }))}
      />
      {pager}
    </SectionPage>
  );
}
