// Screens as rows: every screen is a list of one-line rows, some of which open something. Sources compute
// rows on demand (`row(i)`), so a list of 100,000 events formats only the rows on screen.
import type {
  Document,
  Event,
  Frozen,
  Language,
  Organization,
  Parley,
  Person,
  Place,
  Post,
  RecordKind,
  SearchHit,
  Source,
  Topic,
  ValidationIssue,
} from "@parley/core";
import { organizationKindLabels, placeKindLabels } from "@parley/core";
import { dateWidth, formatDate } from "../format/date.js";
import { groupIssues, issueLine } from "../format/issues.js";
import { fit, wrap } from "../format/text.js";
import { messagesFor } from "../i18n/messagesFor.js";
import { listKinds, pluralOf, type ListKind } from "../kinds.js";
import type { Route } from "./Route.js";
import type { Detail } from "./detail/index.js";
import type { HomeFacts } from "./homeFacts.js";
import {
  asIs,
  findIn,
  joined,
  labelIn,
  matchedName,
  nameOf,
  noteOf,
  otherScriptName,
  personName,
  textOf,
  type Shown,
} from "./localText.js";

export type Tone = "title" | "heading" | "text" | "dim" | "warn" | "quote" | "link" | "url";

/** One line on screen. */
export interface Row {
  text: string;
  tone: Tone;
  /**
   * Shown dimmed after the text and never cut off (the text is cut instead): the mark of English standing in for a
   * translation.
   */
  note?: string;
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

/** An event as one row: its date at its precision in a column, then its title in the language. */
function eventRow(
  e: Pick<Frozen<Event>, "id" | "date" | "title" | "translations">,
  columns: number,
  language: Language,
): Row {
  const title = textOf(e, "title", language);
  return linkRow(
    joined([`${fit(formatDate(e.date, language), dateColumn(columns, language))}  `, title]),
    e.id,
    language,
  );
}

/** A row that opens a record, with the mark after it when English stands in for a translation. */
function linkRow(shown: Shown, id: string, language: Language, indent?: number): Row {
  const note = noteOf(shown, language);
  return {
    text: shown.text,
    tone: "link",
    target: { screen: "detail", id },
    ...(indent ? { indent } : {}),
    ...(note ? { note } : {}),
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

/**
 * A record's label in a list, in the language, and a second part that places it (an office's organization, a
 * place's country); marked English when any of it is.
 */
function listLabel(parley: Parley, kind: ListKind, record: Frozen<{ id: string }>, language: Language): Shown {
  const t = messagesFor(language).lists;
  const label = (id: string) => labelIn(findIn(parley), id, language);
  switch (kind) {
    case "people": {
      const p = record as Frozen<Person>;
      const name = personName(p, language);
      const other = otherScriptName(p, name);
      return asIs(`${name}${other !== undefined ? `  ${other}` : ""}`);
    }
    case "organizations": {
      const o = record as Frozen<Organization>;
      return joined([nameOf(o, language), ` · ${organizationKindLabels[o.kind][language].toLowerCase()}`]);
    }
    case "posts": {
      const p = record as Frozen<Post>;
      return joined([textOf(p, "label", language), " · ", label(p.organization)]);
    }
    case "topics": {
      const topic = record as Frozen<Topic>;
      if (!topic.parent) return textOf(topic, "label", language);
      const own = textOf(topic, "label", language);
      const parent = label(topic.parent);
      return { text: `${own.text} · ${t.within(parent.text)}`, english: own.english || parent.english };
    }
    case "places": {
      const p = record as Frozen<Place>;
      const kind = placeKindLabels[p.kind][language].toLowerCase();
      return joined([nameOf(p, language), ` · ${kind}, `, label(p.country)]);
    }
    case "documents": {
      const d = record as Frozen<Document>;
      return joined([textOf(d, "title", language), d.date ? ` · ${formatDate(d.date, language)}` : ""]);
    }
    case "sources": {
      const s = record as Frozen<Source>;
      return asIs(`${s.title} · ${s.published ? formatDate(s.published, language) : t.undated}`);
    }
    case "events":
      return textOf(record as Frozen<Event>, "title", language);
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
    const labels = new Map(parley.dataset[kind].map((r) => [r.id, parley.labelOf(r.id, language)]));
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
      if (kind === "events") return eventRow(record as Frozen<Event>, columns, language);
      return linkRow(listLabel(parley, kind, record, language), record.id, language);
    },
  };
}

const TONE_OF_TEXT = { dim: "dim", warn: "warn", quote: "quote" } as const;

/**
 * A detail view laid out for a width: long text wrapped over rows, URLs broken so they stay whole, links one row each.
 * A text's note goes after its last row, or on a row of its own when it does not fit there.
 */
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
      case "text": {
        const tone = line.tone ? TONE_OF_TEXT[line.tone] : "text";
        for (const text of wrap(line.text, width - indent)) rows.push({ text, tone, indent });
        if (line.note !== undefined) {
          const last = rows[rows.length - 1]!;
          if (Array.from(`${last.text} ${line.note}`).length <= width - indent) last.note = line.note;
          else rows.push({ text: line.note, tone: "dim", indent });
        }
        break;
      }
      case "link":
        rows.push({
          text: line.text,
          tone: "link",
          target: { screen: "detail", id: line.id },
          indent,
          ...(line.note !== undefined ? { note: line.note } : {}),
        });
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
 * spelling that matched, terms of office their holder and years, disagreements their question. `label` gives a hit's
 * label in the language (core's, in English, by default).
 */
export function searchRows(
  groups: readonly { kind: RecordKind; hits: readonly SearchHit[] }[],
  columns: number,
  language: Language,
  label: (hit: SearchHit) => Shown = (hit) => asIs(hit.label),
): RowSource {
  const rows: Row[] = [];
  for (const group of groups) {
    rows.push({ text: `${pluralOf(group.kind, language)} (${group.hits.length})`, tone: "heading" });
    for (const hit of group.hits) {
      const shown = label(hit);
      const matched = matchedName(hit, shown.text);
      const text =
        hit.date !== undefined
          ? joined([`${fit(formatDate(hit.date, language), dateColumn(columns, language))}  `, shown])
          : joined([shown, matched ? `  (${matched})` : ""]);
      rows.push(linkRow(text, hit.id, language, 2));
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
      for (const text of wrap(issueLine(issue, language), columns - 4)) rows.push({ text, tone: "text", indent: 2 });
  }
  return fromArray(rows);
}
