import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from "minisearch";
import { deepFreeze } from "../deepFreeze.js";
import type { Dataset } from "../schema/Dataset.js";
import { createVocabulary, type Vocabulary } from "./createVocabulary.js";
import { NAMED_KINDS, searchEntries, TITLED_KINDS, type SearchEntries, type SearchKind } from "./searchEntries.js";
import { exactForm, searchTerms, tokenize } from "./searchTerms.js";

/** One record found by a search. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** The record's usual label (a person's English name, an event's title…). */
  label: string;
  /** The name that matched, as written in the data (e.g. "Вячеслав Володин" for a Cyrillic query). */
  matched: string;
  /** Relevance; higher is better, comparable only within one answer. */
  score: number;
}

/** What to search for and how many hits to return. */
export interface SearchOptions {
  /** Only records of these kinds (default: every searchable kind). */
  kinds?: readonly SearchKind[];
  /** The most hits to return (default 20). */
  limit?: number;
}

/** A search index as plain JSON, for shipping a prebuilt index (load it with `loadSearchIndex`). */
export interface SerializedSearchIndex {
  format: "parley-search-index";
  version: 1;
  /** Identifies the dataset the index was built from, so a stale index is refused. */
  fingerprint: string;
  named: AsPlainObject;
  titled: AsPlainObject;
  /** Words left out of the title index as too common to rank by. */
  commonTitleWords: string[];
}

/** Finds people, organizations, posts, topics, places, countries, events, documents and sources by any name, in any script. */
export interface SearchIndex {
  /** Records matching the query, best first; `[]` for a blank query. */
  search(query: string, options?: SearchOptions): readonly SearchHit[];
  /** The index as plain JSON. */
  toJSON(): SerializedSearchIndex;
}

const FORMAT = "parley-search-index";
/** Typo tolerance: one edit per five letters, for words of four letters or more. */
const FUZZY = 0.2;
const MIN_FUZZY_LENGTH = 4;
/** How much more a name counts when the query's words appear in it exactly as typed (accents included). */
const EXACT_BONUS = 1;
/** Titles are long and many; a name match counts for more than a title match of the same strength. */
const TITLE_WEIGHT = 0.6;
/** Prefixes shorter than this match only whole words (a one-letter prefix would match most of the index). */
const MIN_PREFIX_NAME = 2;
const MIN_PREFIX_TITLE = 3;
/**
 * A word in more titles than this ("talks", "vietnam" in a large dataset) is too common to rank by
 * (its weight is near zero) and is left out of the title index, which keeps every query fast at scale.
 */
const commonWordLimit = (titles: number) => Math.max(1000, Math.floor(titles * 0.01));

/** `searchTerms` remembered per word, for one build (names repeat across thousands of titles). */
function memoizedTerms(): (word: string) => string[] {
  const memo = new Map<string, string[]>();
  return (word) => {
    let terms = memo.get(word);
    if (terms === undefined) memo.set(word, (terms = searchTerms(word)));
    return terms;
  };
}

/** MiniSearch options for a list of entries; while indexing, every term kept is added to `seen`. */
function indexOptions(entries: SearchEntries, leaveOut: ReadonlySet<string> = new Set(), seen?: Set<string>, termsOf: (word: string) => string[] = searchTerms): Options<number> {
  return {
    fields: ["name", "context"],
    storeFields: [],
    extractField: (entry, field) => (field === "id" ? entry : field === "name" ? entries.spellings[entry]![0] : entries.context[entry]),
    tokenize,
    processTerm: (word) => {
      const terms = leaveOut.size > 0 ? termsOf(word).filter((t) => !leaveOut.has(t)) : termsOf(word);
      if (seen) for (const t of terms) seen.add(t);
      return terms.length === 0 ? null : terms;
    },
  };
}

/** One half of the index (names, or titles): its entries, its MiniSearch index and the terms it knows. */
interface IndexPart {
  entries: SearchEntries;
  mini: MiniSearch<number>;
  /** Indexed terms, and the common words left out (known, but not worth matching). */
  vocabulary: Vocabulary;
}

/** The terms found in more entries than the limit. */
function commonTerms(entries: SearchEntries, limit: number, termsOf: (word: string) => string[]): Set<string> {
  const common = new Set<string>();
  if (entries.ids.length <= limit) return common;
  const counts = new Map<string, number>();
  for (let i = 0; i < entries.ids.length; i++) {
    const terms = new Set<string>();
    for (const word of tokenize(`${entries.spellings[i]![0]} ${entries.context[i]}`)) for (const t of termsOf(word)) terms.add(t);
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  for (const [term, count] of counts) if (count > limit) common.add(term);
  return common;
}

/** A short, stable digest of the entries, so an index is only ever loaded against the data it was built from. */
function fingerprintOf(...lists: SearchEntries[]): string {
  let hash = 0x811c9dc5;
  let count = 0;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash = Math.imul(hash ^ 0xffff, 0x01000193); // a separator, so "ab"+"c" and "a"+"bc" differ
  };
  for (const list of lists) {
    for (let i = 0; i < list.ids.length; i++) {
      feed(list.kinds[i]!);
      feed(list.ids[i]!);
      for (const spelling of list.spellings[i]!) feed(spelling);
      feed(list.context[i]!);
      count++;
    }
  }
  return `${count}-${(hash >>> 0).toString(16).padStart(8, "0")}`;
}

function buildPart(entries: SearchEntries, termsOf: (word: string) => string[], leaveOut: ReadonlySet<string> = new Set()): IndexPart {
  const seen = new Set<string>(leaveOut);
  const mini = new MiniSearch<number>(indexOptions(entries, leaveOut, seen, termsOf));
  mini.addAll(entries.ids.map((_, i) => i));
  return { entries, mini, vocabulary: createVocabulary(seen) };
}

function loadPart(entries: SearchEntries, plain: AsPlainObject, leftOut: readonly string[]): IndexPart {
  const mini = MiniSearch.loadJS(plain, indexOptions(entries));
  return { entries, mini, vocabulary: createVocabulary([...plain.index.map(([term]) => term), ...leftOut]) };
}

/** The usual label of each record: its first entry (a name, label or title). */
function labelsOf(...lists: SearchEntries[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const list of lists) list.ids.forEach((id, i) => labels.has(id) || labels.set(id, list.spellings[i]![0]!));
  return labels;
}

/** The title half, and the common words left out of it. */
interface TitledHalf {
  part: IndexPart;
  commonTitleWords: readonly string[];
}

/**
 * `titledHalf` is called (once) on the first search that can return titled records, or by `toJSON`: at 100k events the
 * title half is most of the build, and a caller that only looks names up never pays for it.
 */
function makeIndex(namedPart: IndexPart, titled: SearchEntries, titledHalf: () => TitledHalf, fingerprint: string): SearchIndex {
  const named = namedPart.entries;
  let half: TitledHalf | undefined;
  const titledNow = () => (half ??= titledHalf());
  let labelMap: Map<string, string> | undefined;
  const labels = () => (labelMap ??= labelsOf(named, titled));
  const exactWords: (string[][] | undefined)[] = [];
  const exactWordsOf = (entry: number) => (exactWords[entry] ??= named.spellings[entry]!.map((s) => tokenize(s).map(exactForm)));
  const namedKinds = new Set<SearchKind>(NAMED_KINDS);
  const titledKinds = new Set<SearchKind>(TITLED_KINDS);

  return Object.freeze({
    search(query: string, options: SearchOptions = {}): readonly SearchHit[] {
      const limit = options.limit ?? 20;
      const words = typeof query === "string" ? tokenize(query) : [];
      if (words.length === 0 || !(limit > 0)) return Object.freeze([]);
      const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
      const lastTerms = new Set(searchTerms(words[words.length - 1]!));
      const exact = words.map(exactForm);

      // How many of the query's words a spelling contains exactly as typed, accents included (the last word as a prefix).
      const exactCount = (spellingWords: readonly string[]) => {
        let found = 0;
        exact.forEach((word, i) => {
          if (i === exact.length - 1 ? spellingWords.some((w) => w.startsWith(word)) : spellingWords.includes(word)) found++;
        });
        return found;
      };
      // The spelling of an entry that matches the query most exactly (the first on a tie), and how exactly.
      const best = new Map<number, { spelling: number; found: number }>();
      const bestSpelling = (entry: number) => {
        let answer = best.get(entry);
        if (answer === undefined) {
          answer = { spelling: 0, found: -1 };
          exactWordsOf(entry).forEach((words, spelling) => {
            const found = exactCount(words);
            if (found > answer!.found) answer = { spelling, found };
          });
          best.set(entry, answer);
        }
        return answer;
      };
      // Ranks a name up by the share of the query's words it contains exactly as typed.
      const exactBoost = (entry: number) => 1 + (EXACT_BONUS * bestSpelling(entry).found) / exact.length;

      // Typo tolerance only for words the index does not know (as a word, or as a prefix of one for the last word).
      const run = ({ mini, vocabulary }: IndexPart, minPrefix: number, boostDocument?: (entry: number) => number): SearchResult[] =>
        mini.search(query, {
          tokenize,
          processTerm: (word) => searchTerms(word),
          prefix: (term) => term.length >= minPrefix && lastTerms.has(term),
          fuzzy: (term) => {
            if (term.length < MIN_FUZZY_LENGTH || vocabulary.has(term)) return false;
            return lastTerms.has(term) && vocabulary.hasPrefix(term) ? false : FUZZY;
          },
          maxFuzzy: 2,
          combineWith: "OR",
          boost: { name: 1, context: 0.5 },
          ...(boostDocument ? { boostDocument } : {}),
        });

      const wants = (set: Set<SearchKind>) => kinds === null || [...kinds].some((k) => set.has(k));
      const fromNamed = wants(namedKinds) ? run(namedPart, MIN_PREFIX_NAME, exactBoost) : [];
      const fromTitled = wants(titledKinds) ? run(titledNow().part, MIN_PREFIX_TITLE) : [];

      const hits: SearchHit[] = [];
      const seen = new Set<string>();
      let a = 0;
      let b = 0;
      while (hits.length < limit && (a < fromNamed.length || b < fromTitled.length)) {
        const left = fromNamed[a];
        const right = fromTitled[b];
        const takeNamed = right === undefined || (left !== undefined && left.score >= right.score * TITLE_WEIGHT);
        const result = takeNamed ? left! : right!;
        const list = takeNamed ? named : titled;
        if (takeNamed) a++;
        else b++;
        const entry = result.id as number;
        const kind = list.kinds[entry]!;
        const id = list.ids[entry]!;
        if ((kinds !== null && !kinds.has(kind)) || seen.has(id)) continue;
        seen.add(id);
        const matched = takeNamed ? list.spellings[entry]![bestSpelling(entry).spelling]! : list.spellings[entry]![0]!;
        hits.push({ kind, id, label: labels().get(id) ?? id, matched, score: takeNamed ? result.score : result.score * TITLE_WEIGHT });
      }
      return deepFreeze(hits);
    },

    toJSON(): SerializedSearchIndex {
      const { part, commonTitleWords } = titledNow();
      return { format: FORMAT, version: 1, fingerprint, named: namedPart.mini.toJSON(), titled: part.mini.toJSON(), commonTitleWords: [...commonTitleWords] };
    },
  });
}

/** Builds the search index of a dataset: every name, spelling, label, alias and title, folded and transliterated. */
export function createSearchIndex(dataset: Dataset): SearchIndex {
  const { named, titled } = searchEntries(dataset);
  const termsOf = memoizedTerms();
  const titledHalf = () => {
    const common = commonTerms(titled, commonWordLimit(titled.ids.length), termsOf);
    return { part: buildPart(titled, termsOf, common), commonTitleWords: [...common].sort() };
  };
  return makeIndex(buildPart(named, termsOf), titled, titledHalf, fingerprintOf(named, titled));
}

/**
 * Loads an index made by `toJSON()` (as an object or a JSON string) for the dataset it was built from;
 * throws a one-line error when the JSON is not such an index or was built from other data.
 */
export function loadSearchIndex(json: string | SerializedSearchIndex, dataset: Dataset): SearchIndex {
  let value: unknown = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new Error("the search index is not valid JSON", { cause: error });
    }
  }
  const index = value as Partial<SerializedSearchIndex> | null;
  if (index === null || typeof index !== "object" || index.format !== FORMAT || index.version !== 1 || !index.named || !index.titled || !Array.isArray(index.commonTitleWords)) {
    throw new Error("this is not a Parley search index (expected format parley-search-index, version 1)");
  }
  const { named, titled } = searchEntries(dataset);
  const fingerprint = fingerprintOf(named, titled);
  if (index.fingerprint !== fingerprint) {
    throw new Error(`the search index was built from other data (index ${String(index.fingerprint)}, dataset ${fingerprint}); rebuild it`);
  }
  try {
    const commonTitleWords = index.commonTitleWords.map(String);
    const titledPart = loadPart(titled, index.titled, commonTitleWords);
    return makeIndex(loadPart(named, index.named, []), titled, () => ({ part: titledPart, commonTitleWords }), fingerprint);
  } catch (error) {
    throw new Error(`the search index could not be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
