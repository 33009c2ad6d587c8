import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/components/Link";
import { LocalText } from "@/components/LocalText";
import { getExportManifest } from "@/data/getExportFiles";
import { getParley } from "@/data/getParley";
import { formatEdtf } from "@/lib/formatEdtf";
import { countIn } from "@/lib/labels";
import { pageText } from "./pageText";

function metadata(language: Language): Metadata {
  const text = pageText[language].data;
  return pageMetadata({ path: "/data/", title: text.title, description: text.description });
}

/** A file size in the language's units and decimal mark: "12.3 KB", "12,3 КБ". */
function size(bytes: number, language: Language): string {
  const units = pageText[language].data.units;
  const decimal = (n: number) => n.toLocaleString(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return bytes < 1024
    ? `${bytes.toLocaleString(language)} ${units.b}`
    : bytes < 1024 * 1024
      ? `${decimal(bytes / 1024)} ${units.kb}`
      : `${decimal(bytes / 1024 / 1024)} ${units.mb}`;
}

const FORMAT: Record<string, string> = {
  json: "JSON",
  csv: "CSV",
  ics: "iCalendar",
  jsonl: "JSON Lines",
  parquet: "Parquet",
};

/** The data page: the dataset's version, licence and citation, and every export file to download. */
function DataPage({ language }: { language: Language }) {
  const text = pageText[language].data;
  const counts = pageText[language].counts;
  const manifest = getExportManifest();
  const stats = getParley().stats();
  const files = manifest.files;
  const link = (href: string) => (words: string) => <Link href={href}>{words}</Link>;
  // What a file holds: core's English in the English site, a translation elsewhere, English marked as such when a file
  // is new to the translations.
  const holds = (path: string, english: string) => {
    const translated = text.fileDescription(path, manifest.calendarSkipped);
    return (
      <LocalText
        value={translated === null ? { text: english, lang: "en" } : { text: translated, lang: language }}
        language={language}
      />
    );
  };
  return (
    <SectionPage
      path="/data/"
      crumb={text.crumb}
      title={text.title}
      lede={text.lede(
        manifest.version,
        [
          countIn(language, stats.counts.events, counts.events),
          countIn(language, stats.counts.people, counts.people),
          countIn(language, stats.counts.sources, counts.sources),
        ].join(", "),
      )}
      prose
      language={language}
    >
      <dl className="facts">
        <dt>{text.version}</dt>
        <dd>{manifest.version}</dd>
        <dt>{text.licence}</dt>
        <dd>
          <LocalText value={{ text: manifest.license, lang: "en" }} language={language} />
        </dd>
        <dt>{text.covers}</dt>
        <dd>
          {text.span(formatEdtf(stats.dateRange.earliest, language), formatEdtf(stats.dateRange.latest, language))}
        </dd>
      </dl>

      <h2 id="cite">{text.cite}</h2>
      {text.citationInEnglish ? <p className="prose">{text.citationInEnglish}</p> : null}
      <blockquote className="card" lang="en">
        {manifest.howToCite}
      </blockquote>
      <p className="prose">{text.citeAdvice}</p>

      <h2 id="curate">{text.curate}</h2>
      <p className="prose">{text.curateText(link("/curate/"))}</p>

      <h2 id="files">{text.files}</h2>
      <DataTable
        columns={[
          text.columns.file,
          text.columns.format,
          { label: text.columns.size, numeric: true },
          text.columns.holds,
        ]}
        rows={[
          ...files.map((f) => ({
            key: f.path,
            cells: [
              <a href={`/data/${f.path}`} download>
                {f.path}
              </a>,
              FORMAT[f.path.slice(f.path.lastIndexOf(".") + 1)] ?? "",
              size(f.bytes, language),
              holds(f.path, f.description),
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
              text.indexFile,
            ],
          },
        ]}
      />
      <p className="prose meta">
        {text.csvNote}
        {manifest.calendarSkipped > 0 ? text.calendarNote(manifest.calendarSkipped) : null}
        {text.methodologyNote(link("/methodology/"))}
      </p>
    </SectionPage>
  );
}

/** The page in every language. */
export const dataPage: RouteModule = { metadata, Page: DataPage };
