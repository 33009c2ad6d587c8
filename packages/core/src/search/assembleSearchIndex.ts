import MiniSearch, { type SearchResult } from "minisearch";
import { deepFreeze } from "../deepFreeze.js";
import type { Language } from "../labels/Language.js";
import { createVocabulary, type Vocabulary } from "./createVocabulary.js";
import { exactForm } from "./exactForm.js";
import { DEFAULT_SEARCH_LIMIT } from "./searchLimits.js";
import { DESCRIBED_KINDS, NAMED_KINDS, TITLED_KINDS, type SearchKind, type SearchRecords } from "./searchEntries.js";
import type { SearchHit, SearchIndex, SearchOptions, SerializedSearchIndex } from "./SearchIndex.js";
import type { TransliterationTable } from "./tableTransliterator.js";
import { tokenize } from "./tokenize.js";

/** The format name a serialized index carries. */
export const SEARCH_INDEX_FORMAT = "parley-search-index";
/** The format's version: 3 added every language's names and titles, and labels in one language. */
export const SEARCH_INDEX_VERSION = 3;
/** The fields every part indexes: the name (or title, or description) and words of context. */
export const SEARCH_FIELDS = ["name", "context"];

/** Typo tolerance: one edit per five letters, for words of four letters or more. */
const FUZZY = 0.2;
const MIN_FUZZY_LENGTH = 4;
/** How much more a name counts when the query's words appear in it exactly as typed (accents included). */
const EXACT_BONUS = 1;
/**
 * Titles are long and many; a name match counts for more than a title match of the same strength, and a title for
 * more than a description (a statement, term of office or disagreement), which names people and bodies as often as
 * the events do: searching a person finds the events they took part in before what was said there.
 */
const TITLE_WEIGHT = 0.6;
const DESCRIPTION_WEIGHT = 0.35;
/** Prefixes shorter than this match only whole words (a one-letter prefix would match most of the index). */
const MIN_PREFIX_NAME = 2;
const MIN_PREFIX_TEXT = 3;

/** One part of the index (names, titles or descriptions): its entries, its MiniSearch index and the terms it knows. */
export interface IndexPart {
  /** For each entry, its position in the records. */
  records: readonly number[];
  mini: MiniSearch<number>;
  /** Indexed terms, and the common words left out (known, but not worth matching). */
  vocabulary: Vocabulary;
  /** Words left out as too common to rank by. */
  commonWords: readonly string[];
}

/** A part over loaded or built MiniSearch index, knowing every term it holds and the common words left out. */
export function indexPart(
  records: readonly number[],
  mini: MiniSearch<number>,
  commonWords: readonly string[],
  terms: Iterable<string>,
): IndexPart {
  return { records, mini, vocabulary: createVocabulary([...terms, ...commonWords]), commonWords };
}

/** The ingredients of a search index; the titled and described parts are made on first need. */
export interface SearchIndexParts {
  /** The language the records' labels are in. */
  language: Language;
  records: SearchRecords;
  named: IndexPart;
  /** Each name entry's spellings as written in the data; the first is the indexed one. */
  spellings: readonly (readonly string[])[];
  titled: () => IndexPart;
  described: () => IndexPart;
  /** The terms a query word is searched under. */
  queryTerms: (word: string) => string[];
  transliterations: () => TransliterationTable;
  /** Made when first saved: hashing every record is a noticeable share of a build at 100k events. */
  fingerprint: () => string;
}

/** A part to search, how much its scores count and how it treats prefixes. */
interface PartRun {
  part: () => IndexPart;
  kinds: ReadonlySet<SearchKind>;
  weight: number;
  minPrefix: number;
  named: boolean;
}

const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
};

/** A search index over its parts: searches the parts a query's kinds need and merges them by weighted score. */
export function assembleSearchIndex(parts: SearchIndexParts): SearchIndex {
  const { records, named, spellings, queryTerms } = parts;
  const titled = once(parts.titled);
  const described = once(parts.described);
  const exactWords: (string[][] | undefined)[] = [];
  const exactWordsOf = (entry: number) =>
    (exactWords[entry] ??= spellings[entry]!.map((s) => tokenize(s).map(exactForm)));
  const runs: readonly PartRun[] = [
    { part: () => named, kinds: new Set(NAMED_KINDS), weight: 1, minPrefix: MIN_PREFIX_NAME, named: true },
    { part: titled, kinds: new Set(TITLED_KINDS), weight: TITLE_WEIGHT, minPrefix: MIN_PREFIX_TEXT, named: false },
    {
      part: described,
      kinds: new Set(DESCRIBED_KINDS),
      weight: DESCRIPTION_WEIGHT,
      minPrefix: MIN_PREFIX_TEXT,
      named: false,
    },
  ];

  return Object.freeze({
    language: parts.language,

    search(query: string, options: SearchOptions = {}): readonly SearchHit[] {
      const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
      const words = typeof query === "string" ? tokenize(query) : [];
      if (words.length === 0 || !(limit > 0)) return Object.freeze([]);
      const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
      const lastTerms = new Set(queryTerms(words[words.length - 1]!));
      const exact = words.map(exactForm);

      // How many of the query's words a spelling contains exactly as typed, accents included (the last word as a prefix).
      const exactCount = (spellingWords: readonly string[]) => {
        let found = 0;
        exact.forEach((word, i) => {
          if (i === exact.length - 1 ? spellingWords.some((w) => w.startsWith(word)) : spellingWords.includes(word))
            found++;
        });
        return found;
      };
      // The spelling of a name entry that matches the query most exactly (the first on a tie), and how exactly.
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
      const run = (
        { mini, vocabulary }: IndexPart,
        minPrefix: number,
        boostDocument?: (entry: number) => number,
      ): SearchResult[] =>
        mini.search(query, {
          tokenize,
          processTerm: queryTerms,
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

      const wanted = runs.filter((r) => kinds === null || [...kinds].some((k) => r.kinds.has(k)));
      const results = wanted.map((r) => run(r.part(), r.minPrefix, r.named ? exactBoost : undefined));
      const next = wanted.map(() => 0);

      const hits: SearchHit[] = [];
      const seen = new Set<string>();
      while (hits.length < limit) {
        // The part whose next result scores highest once weighted (the earlier part on a tie).
        let from = -1;
        let score = -Infinity;
        results.forEach((list, i) => {
          const result = list[next[i]!];
          if (result !== undefined && result.score * wanted[i]!.weight > score) {
            from = i;
            score = result.score * wanted[i]!.weight;
          }
        });
        if (from < 0) break;
        const entry = results[from]![next[from]!]!.id as number;
        next[from]!++;
        const part = wanted[from]!;
        const record = part.part().records[entry]!;
        const kind = records.kinds[record]!;
        const id = records.ids[record]!;
        if ((kinds !== null && !kinds.has(kind)) || seen.has(id)) continue;
        seen.add(id);
        const label = records.labels[record]!;
        const lang = records.langs[record]!;
        const date = records.dates[record];
        const parent = records.parents[record];
        hits.push({
          kind,
          id,
          label,
          lang,
          matched: part.named ? spellings[entry]![bestSpelling(entry).spelling]! : label,
          score,
          ...(date ? { date } : {}),
          ...(parent ? { parent: { kind: parent.kind, id: parent.id } } : {}),
        });
      }
      return deepFreeze(hits);
    },

    warm(): void {
      titled();
      described();
    },

    toJSON(): SerializedSearchIndex {
      const part = ({ records, mini, commonWords }: IndexPart) => ({
        records: [...records],
        index: mini.toJSON(),
        commonWords: [...commonWords],
      });
      return {
        format: SEARCH_INDEX_FORMAT,
        version: SEARCH_INDEX_VERSION,
        language: parts.language,
        fingerprint: parts.fingerprint(),
        records: {
          kinds: [...records.kinds],
          ids: [...records.ids],
          labels: [...records.labels],
          langs: [...records.langs],
          dates: [...records.dates],
          parents: records.parents.map((p) => (p ? { kind: p.kind, id: p.id } : null)),
        },
        named: { ...part(named), spellings: spellings.map((s) => [...s]) },
        titled: part(titled()),
        described: part(described()),
        transliterations: parts.transliterations(),
      };
    },
  });
}
