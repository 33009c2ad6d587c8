// Record texts in the reader's language: core's textIn/nameIn, with whether English stands in for a missing
// translation, so every screen and command can say so. English is never marked.
import {
  nameIn,
  recordKinds,
  termYears,
  textIn,
  versionValueIn,
  type Disagreement,
  type Frozen,
  type Language,
  type Named,
  type Parley,
  type RecordKind,
  type RecordOf,
  type SearchHit,
  type TextIn,
  type Translatable,
} from "@parley/core";
import { messagesFor } from "../i18n/messagesFor.js";

/** A record's text as shown in a language. */
export interface Shown {
  text: string;
  /** English stands in for a translation missing in the language asked for. */
  english: boolean;
}

/** What core's `textIn`/`nameIn` gave, as shown in `language`. */
export function shownOf(value: TextIn, language: Language): Shown {
  return { text: value.text, english: language !== "en" && value.lang === "en" };
}

/** Text the same in every language (a source's title, an id). */
export function asIs(text: string): Shown {
  return { text, english: false };
}

/** A text field of a record in a language ("" when the record has no such text). */
export function textOf<R extends Translatable, F extends keyof R & string>(
  record: R,
  field: F,
  language: Language,
): Shown {
  const value = textIn(record, field, language);
  return value ? shownOf(value, language) : asIs("");
}

/** One version's value of a disagreement in a language. */
export function versionOf(d: Frozen<Disagreement>, index: number, language: Language): Shown {
  const value = versionValueIn(d as Disagreement, index, language);
  return value ? shownOf(value, language) : asIs("");
}

/**
 * A person's name in the reader's script (a Russian spelling of a Vietnamese name, a Russian name in Latin letters
 * in Vietnamese). Names are not translated, so a Latin name is never marked as English.
 */
export function personName(person: Frozen<Named>, language: Language): string {
  return nameIn(person as Named, language).text;
}

/** A person's native name when it is not the name shown already (a Russian's in Russian, a Vietnamese's in Vietnamese). */
export function otherScriptName(person: Frozen<Named>, shown: string): string | undefined {
  const native = person.nativeName?.name;
  return native !== undefined && native !== shown ? native : undefined;
}

/** The name of an organization, place or country in a language: marked when English stands in for our translation. */
export function nameOf(record: Frozen<Named>, language: Language): Shown {
  return shownOf(nameIn(record as Named, language), language);
}

/** The bracketed words after English standing in for a translation: "(по-английски)". */
export function englishMark(language: Language): string {
  return `(${messagesFor(language).common.inEnglish})`;
}

/** The note to show after a text: the mark when it is English standing in for a translation. */
export function noteOf(shown: Shown, language: Language): string | undefined {
  return shown.english ? englishMark(language) : undefined;
}

/** A text for plain output, with the mark after it when English stands in for a translation. */
export function marked(shown: Shown, language: Language): string {
  return shown.english ? `${shown.text} ${englishMark(language)}` : shown.text;
}

/** Texts joined into one, marked English when any of them is. */
export function joined(parts: readonly (string | Shown)[]): Shown {
  let english = false;
  let text = "";
  for (const part of parts) {
    if (typeof part === "string") text += part;
    else {
      text += part.text;
      english ||= part.english;
    }
  }
  return { text, english };
}

/** Finds any record by id, with its kind. */
export type Find = (id: string) => { kind: RecordKind; record: unknown } | undefined;

/** Records found through core's indexes. */
export function findIn(parley: Parley): Find {
  return (id) => {
    const got = parley.get(id);
    return got.ok ? got.value : undefined;
  };
}

type AnyDataset = { readonly [K in RecordKind]: readonly { readonly id: string }[] };
const finders = new WeakMap<object, Find>();

/** Records found in a dataset as loaded, without core's indexes (one map of ids, built on first use). */
export function findInDataset(dataset: AnyDataset): Find {
  let find = finders.get(dataset);
  if (!find) {
    let byId: Map<string, { kind: RecordKind; record: unknown }> | undefined;
    find = (id) => {
      if (!byId) {
        byId = new Map();
        for (const kind of recordKinds) for (const record of dataset[kind]) byId.set(record.id, { kind, record });
      }
      return byId.get(id);
    };
    finders.set(dataset, find);
  }
  return find;
}

type Records = { [K in RecordKind]: Frozen<RecordOf<K>> };

/**
 * A record's short label in a language, as core's `labelOf(id, language)` gives it (a person's name, an event's
 * title…), with whether English stands in for a translation; the id itself when unknown.
 */
export function labelIn(find: Find, id: string, language: Language): Shown {
  const found = find(id);
  if (!found) return asIs(id);
  const { kind, record } = found;
  switch (kind) {
    case "events":
      return textOf(record as Records["events"], "title", language);
    case "documents":
      return textOf(record as Records["documents"], "title", language);
    case "sources":
      return asIs((record as Records["sources"]).title);
    case "posts":
      return textOf(record as Records["posts"], "label", language);
    case "topics":
      return textOf(record as Records["topics"], "label", language);
    case "memberships": {
      const m = record as Records["memberships"];
      return joined([labelIn(find, m.person, language), " — ", labelIn(find, m.post, language)]);
    }
    case "statements":
      return textOf(record as Records["statements"], "summary", language);
    case "disagreements":
      return textOf(record as Records["disagreements"], "question", language);
    case "people":
      return asIs(personName(record as Records["people"], language));
    case "organizations":
    case "places":
    case "countries":
      return nameOf(record as Records["organizations"], language);
  }
}

/**
 * A search hit's label in a language, built as core builds it in English: "speaker: summary" for a statement,
 * "holder, office (years)" for a term of office, else the record's label. In English, core's label as it is.
 */
export function hitLabel(find: Find, hit: Pick<SearchHit, "kind" | "id" | "label">, language: Language): Shown {
  if (language === "en") return asIs(hit.label);
  const found = find(hit.id);
  if (!found || found.kind !== hit.kind) return asIs(hit.label);
  if (found.kind === "statements") {
    const s = found.record as Records["statements"];
    const speaker = find(s.speaker);
    const summary = textOf(s, "summary", language);
    return speaker ? joined([labelIn(find, s.speaker, language), ": ", summary]) : summary;
  }
  if (found.kind === "memberships") {
    const m = found.record as Records["memberships"];
    const holder = find(m.person) ? labelIn(find, m.person, language) : asIs(m.person);
    const office = find(m.post) ? labelIn(find, m.post, language) : asIs(m.post);
    return joined([holder, ", ", office, termYears(m.start ?? m.firstSeen, m.end ?? m.lastSeen)]);
  }
  return labelIn(find, hit.id, language);
}

/** Kinds a search finds by one of their names: the spelling that matched is worth showing beside the label. */
const NAMED: ReadonlySet<string> = new Set(["people", "organizations", "posts", "topics", "places", "countries"]);

/**
 * The spelling that matched a search, when it is a name other than the one shown ("" otherwise); compared ignoring
 * case unless `exact`.
 */
export function matchedName(hit: Pick<SearchHit, "kind" | "label" | "matched">, shown: string, exact = false): string {
  if (!hit.matched) return "";
  const same = (a: string, b: string) => (exact ? a === b : a.toLowerCase() === b.toLowerCase());
  if (same(hit.matched, shown)) return "";
  // A title or description matches as itself: in another language its English is no other name.
  if (!NAMED.has(hit.kind) && same(hit.matched, hit.label)) return "";
  return hit.matched;
}
