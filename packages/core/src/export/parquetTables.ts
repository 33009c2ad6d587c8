import { dateBounds } from "../dates/dateBounds.js";
import type { DeepReadonly } from "../deepFreeze.js";
import { citationListsOf } from "../model/walkRecord.js";
import { textFragmentUrl } from "../query/textFragmentUrl.js";
import { recordKinds, type Dataset, type RecordOf } from "../schema/Dataset.js";
import { plainText } from "../text/plainText.js";

/** A column's type: text, a list of texts, a calendar day (`YYYY-MM-DD`), a whole number or a yes/no. */
export type ParquetColumnType = "string" | "strings" | "date" | "int" | "boolean";

/** One column of a table: its name, type, whether it may be null, and one value per row. */
export interface ParquetColumn {
  name: string;
  type: ParquetColumnType;
  nullable: boolean;
  values: (string | readonly string[] | number | boolean | null)[];
}

/** One table of the Parquet export: its name (the file is `<name>.parquet`), what a row is, and its columns. */
export interface ParquetTable {
  name: "events" | "participants" | "memberships" | "citations";
  description: string;
  rows: number;
  columns: ParquetColumn[];
}

/** A row by column name; fields the spec does not name are ignored, `undefined` is null. */
type Row = Record<string, unknown>;
type Spec = [name: string, type: ParquetColumnType, nullable?: "nullable"];

/** Rows turned into columns in the order of the spec; `undefined` becomes null. */
function table(name: ParquetTable["name"], description: string, spec: Spec[], rows: Row[]): ParquetTable {
  const columns = spec.map(([column, type, nullable]) => ({
    name: column,
    type,
    nullable: nullable === "nullable",
    values: rows.map((row) => (row[column] ?? null) as ParquetColumn["values"][number]),
  }));
  return { name, description, rows: rows.length, columns };
}

/**
 * The dataset as four tables for Parquet: events (one row each, with the EDTF date as sourced and its earliest and
 * latest possible days), participants (one row per person at an event, with the posts they held there), memberships
 * (one row per term in a post) and citations (one row per citation anywhere in the record, with the record, the
 * field it backs and the link to the cited words). Summaries and notes are in plain words, as in the CSV export.
 */
export function parquetTables(dataset: DeepReadonly<Dataset>): ParquetTable[] {
  const posts = new Map(dataset.posts.map((p) => [p.id, p]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const bounds = (date: string | undefined) => (date === undefined ? null : dateBounds(date));

  const events = table(
    "events",
    "One row per event: dates as sourced (EDTF) and as earliest and latest possible days.",
    [
      ["id", "string"],
      ["title", "string"],
      ["kind", "string"],
      ["date", "string"],
      ["earliest", "date", "nullable"],
      ["latest", "date", "nullable"],
      ["precision", "string", "nullable"],
      ["status", "string"],
      ["parent", "string", "nullable"],
      ["series", "string", "nullable"],
      ["sequence", "int", "nullable"],
      ["place", "string", "nullable"],
      ["countries", "strings"],
      ["summary", "string"],
    ],
    dataset.events.map((e) => {
      const b = bounds(e.date);
      return { ...e, summary: plainText(e.summary), earliest: b?.earliest, latest: b?.latest, precision: b?.precision };
    }),
  );

  const participants = table(
    "participants",
    "One row per person at an event, with their role and the posts they held there.",
    [
      ["event", "string"],
      ["person", "string"],
      ["role", "string"],
      ["posts", "strings"],
      ["capacity", "string", "nullable"],
    ],
    dataset.events.flatMap((e) => e.participants.map((p) => ({ ...p, event: e.id }))),
  );

  const memberships = table(
    "memberships",
    "One row per term in a post: start and end as sourced (EDTF) and as earliest start and latest end days.",
    [
      ["id", "string"],
      ["person", "string"],
      ["post", "string"],
      ["organization", "string", "nullable"],
      ["start", "string", "nullable"],
      ["end", "string", "nullable"],
      ["start_earliest", "date", "nullable"],
      ["end_latest", "date", "nullable"],
      ["acting", "boolean"],
      ["start_how", "string", "nullable"],
      ["end_how", "string", "nullable"],
      ["first_seen", "string", "nullable"],
      ["last_seen", "string", "nullable"],
      ["note", "string", "nullable"],
    ],
    dataset.memberships.map((m) => ({
      ...m,
      organization: posts.get(m.post)?.organization,
      start_earliest: bounds(m.start)?.earliest,
      end_latest: bounds(m.end)?.latest,
      start_how: m.startHow,
      end_how: m.endHow,
      first_seen: m.firstSeen,
      last_seen: m.lastSeen,
      note: m.note === undefined ? undefined : plainText(m.note),
    })),
  );

  const citationRows: Row[] = [];
  for (const kind of recordKinds) {
    for (const record of dataset[kind] as readonly RecordOf<typeof kind>[]) {
      for (const list of citationListsOf(kind, record)) {
        for (const citation of list.citations) {
          const source = sources.get(citation.source);
          citationRows.push({
            record_kind: kind,
            record: record.id,
            field: list.path.join("."),
            source: citation.source,
            paragraph: citation.paragraph,
            fragment: citation.fragment,
            note: citation.note,
            url: source ? textFragmentUrl(citation, source) : null,
          });
        }
      }
    }
  }
  const citations = table(
    "citations",
    "One row per citation: the record and field it backs, the source, and a link to the cited words.",
    [
      ["record_kind", "string"],
      ["record", "string"],
      ["field", "string"],
      ["source", "string"],
      ["paragraph", "int", "nullable"],
      ["fragment", "string", "nullable"],
      ["note", "string", "nullable"],
      ["url", "string", "nullable"],
    ],
    citationRows,
  );

  return [events, participants, memberships, citations];
}
