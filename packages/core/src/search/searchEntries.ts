import type { Language } from "../labels/Language.js";
import type { Dataset, RecordKind } from "../schema/Dataset.js";
import { fold } from "../text/fold.js";
import { nameIn } from "../translate/nameIn.js";
import { textIn, type TextIn, type Translatable } from "../translate/textIn.js";
import { runSteps, STEP_SIZE, type Steps } from "../steps/runSteps.js";
import { termYears } from "../dates/termYears.js";

/** The kinds found by their names (one search entry per name or spelling). */
export const NAMED_KINDS = [
  "people",
  "organizations",
  "posts",
  "topics",
  "places",
  "countries",
] as const satisfies readonly RecordKind[];
/** The kinds found by their titles. */
export const TITLED_KINDS = ["events", "documents", "sources"] as const satisfies readonly RecordKind[];
/**
 * The kinds found by a description: a statement by its summary and speaker, a term of office by its holder and
 * office, a disagreement by its question and versions.
 */
export const DESCRIBED_KINDS = ["statements", "memberships", "disagreements"] as const satisfies readonly RecordKind[];
/** Every searchable record kind: all of them. */
export const SEARCH_KINDS = [...NAMED_KINDS, ...TITLED_KINDS, ...DESCRIBED_KINDS] as const;

/** Every searchable record kind. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The record a hit is shown with, where it has no page of its own (a statement's event, a term's holder). */
export interface SearchParent {
  kind: SearchKind;
  id: string;
}

/** The records search can return, as parallel lists (one item per record). */
export interface SearchRecords {
  kinds: SearchKind[];
  ids: string[];
  /**
   * The usual label in the index's language: a name, label or title; "holder, office (years)" for a term;
   * "speaker: summary" for a statement.
   */
  labels: string[];
  /**
   * The language tag each label is written in: the index's language, or "en" where a record has no translation,
   * "vi" for a Vietnamese name in a Russian index that has no Russian spelling, a source's own language for its title.
   */
  langs: string[];
  /** An event's date, or the date of a statement's event (EDTF); otherwise null. */
  dates: (string | null)[];
  /** The record each is shown with, or null. */
  parents: (SearchParent | null)[];
}

/** Parallel lists, one item per search entry: the record it finds, and what it is found by. */
export interface SearchEntries {
  /** Positions in `SearchRecords`. */
  records: number[];
  /**
   * The spellings of one name as written in the data, those that read the same once folded
   * ("Vuong Dinh Hue", "Vương Đình Huệ"); the first is the one indexed. One text for titles and descriptions.
   */
  spellings: string[][];
  /** Words that also find the entry without being its name (a source's publisher), or "". */
  context: string[];
  /**
   * Whether the entry's words are indexed only as written (folded), not also transliterated into Latin letters: true
   * for a translation of a title or description, whose English entry already answers a query in Latin letters.
   */
  asWritten: boolean[];
}

/** Everything a search index is built from. */
export interface SearchData {
  records: SearchRecords;
  named: SearchEntries;
  titled: SearchEntries;
  described: SearchEntries;
}

function entries(): SearchEntries {
  return { records: [], spellings: [], context: [], asWritten: [] };
}

/** Adds one entry per group of names that fold alike, in the order the names are given. */
function pushNames(into: SearchEntries, record: number, names: readonly (string | undefined)[]): void {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    if (typeof name !== "string" || name.trim() === "") continue;
    const key = fold(name);
    const group = groups.get(key);
    if (!group) groups.set(key, [name]);
    else if (!group.includes(name)) group.push(name);
  }
  for (const spellings of groups.values()) {
    into.records.push(record);
    into.spellings.push(spellings);
    into.context.push("");
    into.asWritten.push(false);
  }
}

/**
 * Adds one entry per distinct text, each with its words of context: a title or description first, then its
 * translations (indexed as written).
 */
function pushTexts(
  into: SearchEntries,
  record: number,
  texts: readonly (readonly [string | undefined, string])[],
): void {
  const seen = new Set<string>();
  texts.forEach(([text, context], i) => {
    if (typeof text !== "string" || text.trim() === "" || seen.has(text)) return;
    seen.add(text);
    into.records.push(record);
    into.spellings.push([text]);
    into.context.push(context);
    into.asWritten.push(i > 0);
  });
}

/** The languages records are translated into, in the order their texts are indexed. */
const TRANSLATED = ["vi", "ru"] as const;

/** A record's translations of one text field, Vietnamese then Russian (missing ones left out). */
function translationsOf(record: { readonly translations?: object | undefined }, field: string): string[] {
  const translations = record.translations as Partial<Record<string, Record<string, unknown>>> | undefined;
  const found: string[] = [];
  for (const lang of TRANSLATED) {
    const value = translations?.[lang]?.[field];
    if (typeof value === "string") found.push(value);
  }
  return found;
}

const joinWords = (...words: (string | undefined)[]) =>
  words.filter((w): w is string => typeof w === "string" && w !== "").join(" ");

/** Options of the search data: the language its labels are in. */
export interface SearchEntriesOptions {
  /** The language hits are labelled in (default English); every language's names and titles are searched alike. */
  language?: Language;
}

/**
 * The search data of a dataset, always in the same order for the same data: every searchable record, labelled in the
 * language asked for, and one entry per name, native name, other name, label, alias, title or description, and per
 * translation of each (spellings that fold alike share an entry).
 */
export function searchEntries(data: Dataset, options: SearchEntriesOptions = {}): SearchData {
  return runSteps(searchEntrySteps(data, options));
}

/** `searchEntries` a few hundred records at a time. */
export function* searchEntrySteps(data: Dataset, options: SearchEntriesOptions = {}): Steps<SearchData> {
  const language = options.language ?? "en";
  const records: SearchRecords = { kinds: [], ids: [], labels: [], langs: [], dates: [], parents: [] };
  const named = entries();
  const titled = entries();
  const described = entries();
  // The kinds of the records disagreements are about, and the dates of the events statements were made at.
  const kindOf = new Map<string, SearchKind | null>(
    data.disagreements.flatMap((d) => d.targets.map((t) => [t.record, null] as const)),
  );
  const eventDate = new Map(data.statements.map((s) => [s.event, null as string | null]));
  const addRecord = (
    kind: SearchKind,
    id: string,
    label: { text: string; lang: string },
    date: string | null = null,
    parent: SearchParent | null = null,
  ) => {
    records.kinds.push(kind);
    records.ids.push(id);
    records.labels.push(label.text);
    records.langs.push(label.lang);
    records.dates.push(date);
    records.parents.push(parent);
    if (kindOf.get(id) === null) kindOf.set(id, kind);
    return records.ids.length - 1;
  };
  /** A record's text field in the index's language (English when it has none); the fields asked for always exist. */
  const textOf = <R extends Translatable, F extends keyof R & string>(record: R, field: F) =>
    textIn(record, field, language)!;
  /** Whether to offer a pause: after every few hundred records. */
  const pause = () => records.ids.length % STEP_SIZE === 0;

  for (const kind of ["people", "organizations", "places", "countries"] as const) {
    for (const r of data[kind]) {
      pushNames(named, addRecord(kind, r.id, nameIn(r, language)), [
        r.name,
        r.nativeName?.name,
        ...r.otherNames.map((n) => n.name),
        ...translationsOf(r, "name"),
      ]);
      if (pause()) yield;
    }
  }
  for (const post of data.posts) {
    pushNames(named, addRecord("posts", post.id, textOf(post, "label")), [
      post.label,
      ...post.otherLabels,
      ...translationsOf(post, "label"),
    ]);
    if (pause()) yield;
  }
  for (const topic of data.topics) {
    pushNames(named, addRecord("topics", topic.id, textOf(topic, "label")), [
      topic.label,
      ...topic.aliases,
      ...translationsOf(topic, "label"),
    ]);
    if (pause()) yield;
  }

  const organizationName = new Map(data.organizations.map((o) => [o.id, o.name]));
  for (const event of data.events) {
    const record = addRecord("events", event.id, textOf(event, "title"), event.date);
    pushTexts(
      titled,
      record,
      [event.title, ...translationsOf(event, "title")].map((t) => [t, ""] as const),
    );
    if (eventDate.has(event.id)) eventDate.set(event.id, event.date);
    if (pause()) yield;
  }
  for (const document of data.documents) {
    const record = addRecord("documents", document.id, textOf(document, "title"));
    pushTexts(
      titled,
      record,
      [document.title, ...translationsOf(document, "title")].map((t) => [t, ""] as const),
    );
    if (pause()) yield;
  }
  for (const source of data.sources) {
    // A source keeps its own title, in the language it is written in.
    const record = addRecord("sources", source.id, { text: source.title, lang: source.language });
    const publisher = source.publisher ? (organizationName.get(source.publisher) ?? "") : "";
    pushTexts(titled, record, [[source.title, publisher]]);
    if (pause()) yield;
  }

  const person = new Map(data.people.map((p) => [p.id, p]));
  const post = new Map(data.posts.map((p) => [p.id, p]));
  for (const statement of data.statements) {
    const speaker = person.get(statement.speaker);
    const summary = textOf(statement, "summary");
    const label = speaker
      ? { text: `${nameIn(speaker, language).text}: ${summary.text}`, lang: summary.lang }
      : summary;
    const record = addRecord("statements", statement.id, label, eventDate.get(statement.event) ?? null, {
      kind: "events",
      id: statement.event,
    });
    // The speaker in every script: the English name, the native one and the Russian spelling.
    const speakerNames = [
      ...new Set([speaker?.name, speaker?.nativeName?.name, speaker && nameIn(speaker, "ru").text]),
    ];
    const context = joinWords(...speakerNames);
    pushTexts(
      described,
      record,
      [statement.summary, ...translationsOf(statement, "summary")].map((t) => [t, context] as const),
    );
    if (pause()) yield;
  }
  for (const membership of data.memberships) {
    const holder = person.get(membership.person);
    const office = post.get(membership.post);
    const years = termYears(membership.start ?? membership.firstSeen, membership.end ?? membership.lastSeen);
    /** The term's label in a language: the holder's name and the office's label in it, and the years. */
    const labelIn = (lang: Language): TextIn => {
      const officeLabel = office ? textIn(office, "label", lang)! : { text: membership.post, lang: "en" as const };
      const holderName = holder ? nameIn(holder, lang).text : membership.person;
      return { text: `${holderName}, ${officeLabel.text}${years}`, lang: officeLabel.lang };
    };
    const record = addRecord("memberships", membership.id, labelIn(language), null, {
      kind: "people",
      id: membership.person,
    });
    const context = joinWords(
      holder?.nativeName?.name,
      ...(office?.otherLabels ?? []),
      office ? organizationName.get(office.organization) : undefined,
    );
    pushTexts(described, record, [
      [labelIn("en").text, context],
      ...TRANSLATED.map((lang) => [labelIn(lang).text, ""] as const),
    ]);
    if (pause()) yield;
  }
  for (const disagreement of data.disagreements) {
    const about = disagreement.targets.map((t) => t.record).find((id) => kindOf.get(id));
    const record = addRecord(
      "disagreements",
      disagreement.id,
      textOf(disagreement, "question"),
      null,
      about === undefined ? null : { kind: kindOf.get(about)!, id: about },
    );
    pushTexts(described, record, [
      [disagreement.question, joinWords(...disagreement.versions.map((v) => v.value))],
      ...TRANSLATED.map((lang) => {
        const translation = disagreement.translations?.[lang];
        return [translation?.question, joinWords(...(translation?.versions ?? []).map((v) => v.value))] as const;
      }),
    ]);
    if (pause()) yield;
  }
  return { records, named, titled, described };
}
