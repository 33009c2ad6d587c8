import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/components/Link";
import { getExportManifest } from "@/data/getExportFiles";
import { getParley } from "@/data/getParley";
import { plural } from "@/lib/labels";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/data/",
    title: "Download the data",
    description:
      "Parley's whole dataset to download: JSON, CSV, JSON Schema, Popolo, iCalendar, PLOVER and Parquet, " +
      "with its version, licence and how to cite it.",
  });
}

function size(bytes: number): string {
  return bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const FORMAT: Record<string, string> = {
  json: "JSON",
  csv: "CSV",
  ics: "iCalendar",
  jsonl: "JSON Lines",
  parquet: "Parquet",
};

function DataPage({ language }: { language: Language }) {
  const manifest = getExportManifest();
  const stats = getParley().stats();
  const files = manifest.files;
  return (
    <SectionPage
      path="/data/"
      crumb="Data"
      title="Download the data"
      lede={
        `Dataset version ${manifest.version}: ${plural(stats.counts.events, "event")}, ` +
        `${plural(stats.counts.people, "person", "people")}, ${plural(stats.counts.sources, "source")}.`
      }
      prose
    >
      <dl className="facts">
        <dt>Version</dt>
        <dd>{manifest.version}</dd>
        <dt>Licence</dt>
        <dd>{manifest.license}</dd>
        <dt>Covers</dt>
        <dd>
          {stats.dateRange.earliest ?? "?"} to {stats.dateRange.latest ?? "?"}
        </dd>
      </dl>

      <h2 id="cite">How to cite</h2>
      <blockquote className="card">{manifest.howToCite}</blockquote>
      <p className="prose">
        Cite the dataset for what Parley assembled; cite the original sources (listed on every page and in every file)
        for individual facts.
      </p>

      <h2 id="curate">Add to the record</h2>
      <p className="prose">
        Have a report Parley lacks? <Link href="/curate/">Draft records from an article</Link> in your browser: it marks
        whom and what the article names, drafts cited events, shows where they match or contradict the record, and gives
        a draft file that <code>parley apply</code> merges.
      </p>

      <h2 id="files">Files</h2>
      <DataTable
        columns={["File", "Format", { label: "Size", numeric: true }, "What it holds"]}
        rows={[
          ...files.map((f) => ({
            key: f.path,
            cells: [
              <a href={`/data/${f.path}`} download>
                {f.path}
              </a>,
              FORMAT[f.path.slice(f.path.lastIndexOf(".") + 1)] ?? "",
              size(f.bytes),
              f.description,
            ],
          })),
          {
            key: "index.json",
            cells: [
              <a href="/data/index.json" download>
                index.json
              </a>,
              "JSON",
              "—",
              "This list of files, with sizes, the version and the citation.",
            ],
          },
        ]}
      />
      <p className="prose meta">
        CSV files start with a byte-order mark so spreadsheet programs read Vietnamese and Cyrillic correctly, and cells
        that look like formulas are escaped.
        {manifest.calendarSkipped > 0
          ? ` The calendar leaves out ${plural(manifest.calendarSkipped, "event")} ` +
            `dated only to the month or year, rather than inventing a day.`
          : null}{" "}
        How the data is gathered and checked is on the <Link href="/methodology/">methodology</Link> page.
      </p>
    </SectionPage>
  );
}

/** The page in every language. */
export const dataPage: RouteModule = { metadata, Page: DataPage };
