// Screens as rows: every screen is a list of one-line rows, some of which open something. Sources compute
// rows on demand (`row(i)`), so a list of 100,000 events formats only the rows on screen.
import type { Frozen, Language, Parley, RecordKind, SearchHit, ValidationIssue } from "@parley/core";
import { organizationKindLabels, placeKindLabels, type OrganizationKind, type PlaceKind } from "@parley/core";
import { dateWidth, formatDate } from "../format/date.js";
import { groupIssues, issueLine } from "../format/issues.js";
import { fit, wrap } from "../format/text.js";
import { messagesFor } from "../i18n/messagesFor.js";
import { listKinds, pluralOf, type ListKind } from "../kinds.js";
import type { Route } from "./Route.js";
import type { Detail } from "./detail/index.js";
import type { HomeFacts } from "./homeFacts.js";

export type Tone = "title" | "heading" | "text" | "dim" | "warn" | "quote" | "link" | "url";

/** One line on screen. */
export interface Row {
  text: string;
  tone: Tone;
  /** Where Enter goes from this row, if anywhere. */
  target?: Route;
  indent?: number;
}

/** Rows computed on demand. */
export interface RowSource {
  count: number;
  row(index: number): Row;
}

/** A row source over a ready array. */
export function fromArray(rows: readonly Row[]): RowSource {
  return { count: rows.length, row: (i) => rows[i] ?? { text: "", tone: "text" } };
}

/** The width of the date column in event rows, for a terminal this wide and a language's dates. */
export function dateColumn(columns: number, language: Language): number {
  return Math.min(dateWidth[language], Math.max(8, Math.floor(columns * 0.3)));
}

/** An event as one row: its date at its precision in a column, then its title. */
function eventRow(e: { id: string; date: string; title: string }, columns: number, language: Language): Row {
  return {
    text: `${fit(formatDate(e.date, language), dateColumn(columns, language))}  ${e.title}`,
    tone: "link",
    target: { screen: "detail", id: e.id },
  };
}

/** How a `--data` file was checked, as the home screen says it. */
export type Validation = "validated" | "validated (cached)";

/** Home: the dataset's key numbers, the lists to open, and the latest events. */
export function homeRows(
  facts: HomeFacts,
  columns: number,
  origin: string,
  version: string,
  language: Language,
  validation?: Validation,
): RowSource {
  const { counts, dateRange } = facts;
  const m = messagesFor(language);
  const t = m.home;
  const rows: Row[] = [];
  rows.push({ text: t.title, tone: "title" });
  const range =
    dateRange.earliest && dateRange.latest
      ? ` · ${t.events(formatDate(dateRange.earliest, language), formatDate(dateRange.latest, language))}`
      : "";
  const checked = validation === undefined ? "" : validation === "validated" ? t.validated : t.validatedCached;
  // The verdict first: a long file path is what the terminal's width cuts off.
  rows.push({ text: `${checked ? `${checked} · ` : ""}${t.dataset(version, origin)}${range}`, tone: "dim" });
  rows.push({ text: "", tone: "text" });
  rows.push({ text: t.lists, tone: "heading" });
  const width = Math.max(...listKinds.map((k) => Array.from(pluralOf(k, language)).length));
  for (const kind of listKinds) {
    rows.push({
      text: `${fit(pluralOf(kind, language), width)}  ${String(counts[kind]).padStart(7)}`,
      tone: "link",
      target: { screen: "list", list: kind },
    });
  }
  const others = (["memberships", "statements", "disagreements"] as const)
    .map((k) => m.kindCount[k](counts[k]))
    .join(" · ");
  rows.push({ text: t.also(others), tone: "dim" });
  if (facts.latest.length > 0) {
    rows.push({ text: "", tone: "text" });
    rows.push({ text: t.latest, tone: "heading" });
    for (const e of facts.latest) rows.push(eventRow(e, columns, language));
  }
  return fromArray(rows);
}

const collators = new Map<Language, Intl.Collator>();

/** Compares labels as a reader of the language sorts them. */
function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (!collator)
    collators.set(language, (collator = new Intl.Collator(language, { sensitivity: "base", numeric: true })));
  return collator;
}

/** A label and a second, dimmer part for a record in a list. */
function listLabel(parley: Parley, kind: ListKind, record: Frozen<{ id: string }>, language: Language): string {
  const r = record as Record<string, unknown>;
  const t = messagesFor(language).lists;
  switch (kind) {
    case "people":
      return `${r.name as string}${r.nativeName ? `  ${(r.nativeName as { name: string }).name}` : ""}`;
    case "organizations":
      return `${r.name as string} · ${organizationKindLabels[r.kind as OrganizationKind][language].toLowerCase()}`;
    case "posts":
      return `${r.label as string} · ${parley.labelOf(r.organization as string)}`;
    case "topics":
      return `${r.label as string}${r.parent ? ` · ${t.within(parley.labelOf(r.parent as string))}` : ""}`;
    case "places": {
      const kind = placeKindLabels[r.kind as PlaceKind][language].toLowerCase();
      return `${r.name as string} · ${kind}, ${parley.labelOf(r.country as string)}`;
    }
    case "documents":
      return `${r.title as string}${r.date ? ` · ${formatDate(r.date as string, language)}` : ""}`;
    case "sources":
      return `${r.title as string} · ${r.published ? formatDate(r.published as string, language) : t.undated}`;
    case "events":
      return r.title as string;
  }
}

const orderCache = new WeakMap<object, Map<string, readonly Frozen<{ id: string }>[]>>();

/**
 * The records of a list in display order: events as a timeline, the rest by label as a reader of the language sorts
 * them. Computed once per dataset and language.
 */
export function listRecords(parley: Parley, kind: ListKind, language: Language): readonly Frozen<{ id: string }>[] {
  let byKind = orderCache.get(parley);
  if (!byKind) orderCache.set(parley, (byKind = new Map()));
  const key = kind === "events" ? kind : `${kind} ${language}`;
  const cached = byKind.get(key);
  if (cached) return cached;
  let records: readonly Frozen<{ id: string }>[];
  if (kind === "events") records = parley.timeline();
  else {
    const collator = collatorFor(language);
    const labels = new Map(parley.dataset[kind].map((r) => [r.id, parley.labelOf(r.id)]));
    records = [...parley.dataset[kind]].sort(
      (a, b) => collator.compare(labels.get(a.id)!, labels.get(b.id)!) || (a.id < b.id ? -1 : 1),
    );
  }
  byKind.set(key, records);
  return records;
}

/** One of the lists (events as a timeline by date), rows formatted only when shown. */
export function listRows(parley: Parley, kind: ListKind, columns: number, language: Language): RowSource {
  const records = listRecords(parley, kind, language);
  return {
    count: records.length,
    row(i) {
      const record = records[i]!;
      if (kind === "events")
        return eventRow(record as Frozen<{ id: string; date: string; title: string }>, columns, language);
      return {
        text: listLabel(parley, kind, record, language),
        tone: "link",
        target: { screen: "detail", id: record.id },
      };
    },
  };
}

const TONE_OF_TEXT = { dim: "dim", warn: "warn", quote: "quote" } as const;

/** A detail view laid out for a width: long text wrapped over rows, URLs broken so they stay whole, links one row each. */
export function detailRows(detail: Detail, columns: number): RowSource {
  const rows: Row[] = [];
  const width = Math.max(10, columns - 2);
  rows.push({ text: detail.subtitle, tone: "dim" });
  for (const line of detail.lines) {
    const indent = "indent" in line && line.indent ? line.indent : 0;
    switch (line.type) {
      case "heading":
        rows.push({ text: "", tone: "text" });
        rows.push({ text: line.text, tone: "heading" });
        break;
      case "field":
        for (const [i, text] of wrap(`${line.label}: ${line.value}`, width).entries())
          rows.push({ text, tone: "text", ...(i > 0 ? { indent: 2 } : {}) });
        break;
      case "text":
        for (const text of wrap(line.text, width - indent))
          rows.push({ text, tone: line.tone ? TONE_OF_TEXT[line.tone] : "text", indent });
        break;
      case "link":
        rows.push({ text: line.text, tone: "link", target: { screen: "detail", id: line.id }, indent });
        break;
      case "url": {
        const label = line.label ? `${line.label}: ` : "";
        const chars = Array.from(label + line.url);
        const room = Math.max(8, width - indent);
        for (let i = 0; i < chars.length; i += room)
          rows.push({ text: chars.slice(i, i + room).join(""), tone: "url", indent });
        break;
      }
    }
  }
  return fromArray(rows);
}

/**
 * Search results grouped by kind, a heading per kind; events and statements show their (event's) date, names the
 * spelling that matched, terms of office their holder and years, disagreements their question.
 */
export function searchRows(
  groups: readonly { kind: RecordKind; hits: readonly SearchHit[] }[],
  columns: number,
  language: Language,
): RowSource {
  const rows: Row[] = [];
  for (const group of groups) {
    rows.push({ text: `${pluralOf(group.kind, language)} (${group.hits.length})`, tone: "heading" });
    for (const hit of group.hits) {
      const also = hit.matched && hit.matched.toLowerCase() !== hit.label.toLowerCase() ? `  (${hit.matched})` : "";
      const text =
        hit.date !== undefined
          ? `${fit(formatDate(hit.date, language), dateColumn(columns, language))}  ${hit.label}`
          : `${hit.label}${also}`;
      rows.push({ text, tone: "link", target: { screen: "detail", id: hit.id }, indent: 2 });
    }
  }
  return fromArray(rows);
}

/** A dataset's validation issues, grouped by record. */
export function issueRows(
  origin: string,
  issues: readonly ValidationIssue[],
  columns: number,
  language: Language,
): RowSource {
  const t = messagesFor(language).issues;
  const rows: Row[] = [];
  const groups = groupIssues(issues);
  rows.push({ text: t.cannotBrowse(origin, issues.length, groups.length), tone: "warn" });
  rows.push({ text: t.fix, tone: "dim" });
  for (const group of groups) {
    rows.push({ text: "", tone: "text" });
    rows.push({ text: group.record, tone: "heading" });
    for (const issue of group.issues)
      for (const text of wrap(issueLine(issue), columns - 4)) rows.push({ text, tone: "text", indent: 2 });
  }
  return fromArray(rows);
}
