import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { Link } from "@/components/Link";
import { Pager } from "@/components/Pager";
import { WeakSourceMark } from "@/components/WeakSourceMark";
import { paginate } from "@/lib/paginate";
import { pathFor } from "@/lib/paths";
import { SectionPage } from "@/site/SectionPage";
import type { Parley } from "@parley/core";

/** The address of one page of the sources index: `/sources/` for the first, `/sources/page/N/` after it. */
export function sourcesPagePath(page: number): string {
  return page === 1 ? "/sources/" : `/sources/page/${page}/`;
}

/** Every source, by publisher then title, in pages of `INDEX_PAGE_SIZE`, so that the page stays light as the record grows. */
export function sortedSources(parley: Parley) {
  const publisher = (id: string | null) => (id ? parley.labelOf(id) : "~");
  return [...parley.dataset.sources].sort(
    (a, b) =>
      publisher(a.publisher).localeCompare(publisher(b.publisher), "en") || a.title.localeCompare(b.title, "en"),
  );
}

/** One page of the sources index; null for a page the list does not have. */
export function SourcesIndex({ parley, page }: { parley: Parley; page: number }) {
  const stats = parley.stats();
  const all = sortedSources(parley);
  const paged = paginate(all, page);
  if (!paged) return null;
  const pager = (
    <Pager page={page} pages={paged.pages} hrefOf={sourcesPagePath} label={`Pages of sources (${paged.pages})`} />
  );
  return (
    <SectionPage
      path={sourcesPagePath(page)}
      crumb={page === 1 ? "Sources" : `Sources, page ${page}`}
      title={page === 1 ? "Sources" : `Sources, page ${page} of ${paged.pages}`}
      lede={
        `${all.length} sources from ${stats.sourcesByPublisher.filter((s) => s.publisher).length} publishers, ` +
        `by publisher. Unknown publishers, dates and addresses are shown as unknown, never guessed.`
      }
    >
      {pager}
      <DataTable
        columns={["Source", "Publisher", "Published", { label: "Cited by", numeric: true }]}
        rows={paged.items.map((s) => ({
          key: s.id,
          cells: [
            <>
              <Link href={pathFor("sources", s.id)}>{s.title}</Link>
              <WeakSourceMark source={s} />
            </>,
            s.publisher ? parley.labelOf(s.publisher) : "unknown",
            s.published ? <DateText date={s.published} /> : "unknown",
            parley.recordsCiting(s.id).length,
          ],
        }))}
      />
      {pager}
    </SectionPage>
  );
}
