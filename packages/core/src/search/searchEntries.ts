import type { Dataset, RecordKind } from "../schema/Dataset.js";
import { fold } from "../text/fold.js";
import { runSteps, STEP_SIZE, type Steps } from "../steps/runSteps.js";

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
  /** The usual label: a name, label or title; "holder, office (years)" for a term; "speaker: summary" for a statement. */
  labels: string[];
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
}

/** Everything a search index is built from. */
export interface SearchData {
  records: SearchRecords;
  named: SearchEntries;
  titled: SearchEntries;
  described: SearchEntries;
}

function entries(): SearchEntries {
  return { records: [], spellings: [], context: [] };
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
  }
}

function pushText(into: SearchEntries, record: number, text: string, context = ""): void {
  into.records.push(record);
  into.spellings.push([text]);
  into.context.push(context);
}

/** The year an EDTF date starts with, or "" ("2016-10-05" → "2016"). */
const yearOf = (date: string | undefined) => /^\d{4}/u.exec(date ?? "")?.[0] ?? "";

/** A term's years as a reader expects them: "(2016–2021)", "(2016–)", "(–2023)", or "" when neither is known. */
function termYears(start: string | undefined, end: string | undefined): string {
  const from = yearOf(start);
  const to = yearOf(end);
  if (from === "" && to === "") return "";
  return from === to ? ` (${from})` : ` (${from}–${to})`;
}

const joinWords = (...words: (string | undefined)[]) =>
  words.filter((w): w is string => typeof w === "string" && w !== "").join(" ");

/**
 * The search data of a dataset, always in the same order for the same data: every searchable record, and one entry
 * per name, native name, other name, label, alias, title or description (spellings that fold alike share an entry).
 */
export function searchEntries(data: Dataset): SearchData {
  return runSteps(searchEntrySteps(data));
}

/** `searchEntries` a few hundred records at a time. */
export function* searchEntrySteps(data: Dataset): Steps<SearchData> {
  const records: SearchRecords = { kinds: [], ids: [], labels: [], dates: [], parents: [] };
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
    label: string,
    date: string | null = null,
    parent: SearchParent | null = null,
  ) => {
    records.kinds.push(kind);
    records.ids.push(id);
    records.labels.push(label);
    records.dates.push(date);
    records.parents.push(parent);
    if (kindOf.get(id) === null) kindOf.set(id, kind);
    return records.ids.length - 1;
  };
  /** Whether to offer a pause: after every few hundred records. */
  const pause = () => records.ids.length % STEP_SIZE === 0;

  for (const kind of ["people", "organizations", "places", "countries"] as const) {
    for (const r of data[kind]) {
      pushNames(named, addRecord(kind, r.id, r.name), [r.name, r.nativeName?.name, ...r.otherNames.map((n) => n.name)]);
      if (pause()) yield;
    }
  }
  for (const post of data.posts) {
    pushNames(named, addRecord("posts", post.id, post.label), [post.label, ...post.otherLabels]);
    if (pause()) yield;
  }
  for (const topic of data.topics) {
    pushNames(named, addRecord("topics", topic.id, topic.label), [topic.label, ...topic.aliases]);
    if (pause()) yield;
  }

  const organizationName = new Map(data.organizations.map((o) => [o.id, o.name]));
  for (const event of data.events) {
    pushText(titled, addRecord("events", event.id, event.title, event.date), event.title);
    if (eventDate.has(event.id)) eventDate.set(event.id, event.date);
    if (pause()) yield;
  }
  for (const document of data.documents) {
    pushText(titled, addRecord("documents", document.id, document.title), document.title);
    if (pause()) yield;
  }
  for (const source of data.sources) {
    pushText(
      titled,
      addRecord("sources", source.id, source.title),
      source.title,
      source.publisher ? (organizationName.get(source.publisher) ?? "") : "",
    );
    if (pause()) yield;
  }

  const person = new Map(data.people.map((p) => [p.id, p]));
  const post = new Map(data.posts.map((p) => [p.id, p]));
  for (const statement of data.statements) {
    const speaker = person.get(statement.speaker);
    const label = speaker ? `${speaker.name}: ${statement.summary}` : statement.summary;
    const record = addRecord("statements", statement.id, label, eventDate.get(statement.event) ?? null, {
      kind: "events",
      id: statement.event,
    });
    pushText(described, record, statement.summary, joinWords(speaker?.name, speaker?.nativeName?.name));
    if (pause()) yield;
  }
  for (const membership of data.memberships) {
    const holder = person.get(membership.person);
    const office = post.get(membership.post);
    const label =
      `${holder?.name ?? membership.person}, ${office?.label ?? membership.post}` +
      `${termYears(membership.start ?? membership.firstSeen, membership.end ?? membership.lastSeen)}`;
    const record = addRecord("memberships", membership.id, label, null, { kind: "people", id: membership.person });
    const context = joinWords(
      holder?.nativeName?.name,
      ...(office?.otherLabels ?? []),
      office ? organizationName.get(office.organization) : undefined,
    );
    pushText(described, record, label, context);
    if (pause()) yield;
  }
  for (const disagreement of data.disagreements) {
    const about = disagreement.targets.map((t) => t.record).find((id) => kindOf.get(id));
    const record = addRecord(
      "disagreements",
      disagreement.id,
      disagreement.question,
      null,
      about === undefined ? null : { kind: kindOf.get(about)!, id: about },
    );
    pushText(described, record, disagreement.question, joinWords(...disagreement.versions.map((v) => v.value)));
    if (pause()) yield;
  }
  return { records, named, titled, described };
}
