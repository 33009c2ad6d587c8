import type { Dataset, RecordKind } from "../schema/Dataset.js";
import { fold } from "../text/fold.js";

/** The kinds found by their names (one search entry per name or spelling). */
export const NAMED_KINDS = ["people", "organizations", "posts", "topics", "places", "countries"] as const satisfies readonly RecordKind[];
/** The kinds found by their titles. */
export const TITLED_KINDS = ["events", "documents", "sources"] as const satisfies readonly RecordKind[];

/** Every searchable record kind. */
export type SearchKind = (typeof NAMED_KINDS)[number] | (typeof TITLED_KINDS)[number];

/** Parallel lists, one item per search entry: the record it finds, and the spellings it is found by. */
export interface SearchEntries {
  kinds: SearchKind[];
  ids: string[];
  /**
   * The spellings of one name as written in the data, those that read the same once folded
   * ("Vuong Dinh Hue", "Vương Đình Huệ"); the first is the one indexed.
   */
  spellings: string[][];
  /** Words that also find the entry without being its name (a source's publisher), or "". */
  context: string[];
}

function entries(): SearchEntries {
  return { kinds: [], ids: [], spellings: [], context: [] };
}

/** Adds one entry per group of names that fold alike, in the order the names are given. */
function pushNames(into: SearchEntries, kind: SearchKind, id: string, names: readonly (string | undefined)[]): void {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    if (typeof name !== "string" || name.trim() === "") continue;
    const key = fold(name);
    const group = groups.get(key);
    if (!group) groups.set(key, [name]);
    else if (!group.includes(name)) group.push(name);
  }
  for (const spellings of groups.values()) {
    into.kinds.push(kind);
    into.ids.push(id);
    into.spellings.push(spellings);
    into.context.push("");
  }
}

function pushTitle(into: SearchEntries, kind: SearchKind, id: string, title: string, context = ""): void {
  into.kinds.push(kind);
  into.ids.push(id);
  into.spellings.push([title]);
  into.context.push(context);
}

/**
 * The search entries of a dataset, always in the same order for the same data: one per name, native name,
 * other name, label, alias or title of every searchable record (spellings that fold alike share an entry).
 */
export function searchEntries(data: Dataset): { named: SearchEntries; titled: SearchEntries } {
  const named = entries();
  const titled = entries();
  for (const kind of ["people", "organizations", "places", "countries"] as const) {
    for (const r of data[kind]) pushNames(named, kind, r.id, [r.name, r.nativeName?.name, ...r.otherNames.map((n) => n.name)]);
  }
  for (const post of data.posts) pushNames(named, "posts", post.id, [post.label, ...post.otherLabels]);
  for (const topic of data.topics) pushNames(named, "topics", topic.id, [topic.label, ...topic.aliases]);

  const publisherName = new Map(data.organizations.map((o) => [o.id, o.name]));
  for (const event of data.events) pushTitle(titled, "events", event.id, event.title);
  for (const document of data.documents) pushTitle(titled, "documents", document.id, document.title);
  for (const source of data.sources) pushTitle(titled, "sources", source.id, source.title, source.publisher ? (publisherName.get(source.publisher) ?? "") : "");
  return { named, titled };
}
