import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { Link } from "@/components/Link";
import { WeakSourceMark } from "@/components/WeakSourceMark";
import { getParley } from "@/data/getParley";
import { pathFor } from "@/lib/paths";

export const metadata: Metadata = pageMetadata({
  path: "/sources/",
  title: "Sources",
  description: "Every news report and document Parley cites, with publisher, date and the records that cite it.",
});

export default function SourcesIndex() {
  const parley = getParley();
  const stats = parley.stats();
  const sources = [...parley.dataset.sources].sort(
    (a, b) =>
      (a.publisher ? parley.labelOf(a.publisher) : "~").localeCompare(
        b.publisher ? parley.labelOf(b.publisher) : "~",
        "en",
      ) || a.title.localeCompare(b.title, "en"),
  );
  return (
    <SectionPage
      path="/sources/"
      crumb="Sources"
      title="Sources"
      lede={
        `${sources.length} sources from ${stats.sourcesByPublisher.filter((s) => s.publisher).length} publishers. ` +
        `Unknown publishers, dates and addresses are shown as unknown, never guessed.`
      }
    >
      <DataTable
        columns={["Source", "Publisher", "Published", { label: "Cited by", numeric: true }]}
        rows={sources.map((s) => ({
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
    </SectionPage>
  );
}
