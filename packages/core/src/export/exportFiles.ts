import { languageNames } from "../labels/Language.js";
import { translationLanguages } from "../schema/Translations.js";
import type { DeepReadonly } from "../deepFreeze.js";
import { recordKinds, type Dataset } from "../schema/Dataset.js";
import { toCsv } from "./toCsv.js";
import { toICalendar } from "./toICalendar.js";
import { toJson } from "./toJson.js";
import { toJsonSchema } from "./toJsonSchema.js";
import { toParquet } from "./toParquet.js";
import { toPloverJsonl } from "./toPloverJsonl.js";
import { toPopolo } from "./toPopolo.js";

/** One file of the export set: its path inside the exports folder, its text (bytes for Parquet) and what it holds. */
export interface ExportFile {
  path: string;
  content: string | Uint8Array<ArrayBuffer>;
  description: string;
}

/** The manifest `index.json` lists: the release, how to cite it, and every file with its size in bytes. */
export interface ExportManifest {
  version: string;
  howToCite: string;
  license: string;
  /** Events the calendar leaves out because their dates are coarser than a day. */
  calendarSkipped: number;
  files: { path: string; bytes: number; description: string }[];
}

const encoder = new TextEncoder();

/**
 * Every export of a dataset as files (JSON, CSV per kind, JSON Schema, Popolo, iCalendar, PLOVER JSON Lines, Parquet
 * tables), then `index.json` listing them.
 */
export function exportFiles(dataset: DeepReadonly<Dataset>): ExportFile[] {
  const calendar = toICalendar(dataset);
  const files: ExportFile[] = [
    {
      path: "parley.json",
      content: toJson(dataset),
      description: "The whole dataset; validates with the schema as it is.",
    },
    ...recordKinds.map((kind) => ({
      path: `csv/${kind}.csv`,
      content: toCsv(dataset, kind),
      description: `One row per ${kind} record; nested lists flattened (see toCsv).`,
    })),
    {
      path: "parley.schema.json",
      content: `${JSON.stringify(toJsonSchema(), null, 2)}\n`,
      description: "JSON Schema (draft 2020-12) of parley.json.",
    },
    {
      path: "popolo.json",
      content: `${JSON.stringify(toPopolo(dataset), null, 2)}\n`,
      description: "Popolo JSON: persons, organizations, posts, memberships, events, areas.",
    },
    ...translationLanguages.map((language) => ({
      path: `parley.${language}.ics`,
      content: toICalendar(dataset, language).ics,
      description: `The same iCalendar with titles and summaries in ${languageNames[language]} (LANGUAGE=${language}).`,
    })),
    {
      path: "parley.ics",
      content: calendar.ics,
      description: `iCalendar of the events dated to the day; ${calendar.skipped.length} coarser-dated events left out.`,
    },
    {
      path: "plover.jsonl",
      content: toPloverJsonl(dataset),
      description: "PLOVER event records, one JSON object per line (events that took place).",
    },
    ...toParquet(dataset).map(({ table, bytes }) => ({
      path: `parquet/${table.name}.parquet`,
      content: bytes,
      description: `Parquet table: ${table.description}`,
    })),
  ];
  const manifest: ExportManifest = {
    version: dataset.version,
    howToCite: dataset.citation,
    license: dataset.license,
    calendarSkipped: calendar.skipped.length,
    files: files.map((f) => ({
      path: f.path,
      bytes: typeof f.content === "string" ? encoder.encode(f.content).length : f.content.length,
      description: f.description,
    })),
  };
  return [
    ...files,
    { path: "index.json", content: `${JSON.stringify(manifest, null, 2)}\n`, description: "This list of files." },
  ];
}
