import MiniSearch, { type Options } from "minisearch";
import type { Language } from "../labels/Language.js";
import type { Dataset } from "../schema/Dataset.js";
import { assembleSearchIndex, indexPart, SEARCH_FIELDS, type IndexPart } from "./assembleSearchIndex.js";
import { fingerprintOf } from "./fingerprintOf.js";
import { runSteps, STEP_SIZE, type Steps } from "../steps/runSteps.js";
import { searchEntries, searchEntrySteps, type SearchData, type SearchEntries } from "./searchEntries.js";
import type { SearchIndex, SearchIndexOptions } from "./SearchIndex.js";
import { searchTerms } from "./searchTerms.js";
import { tokenize } from "./tokenize.js";
import { transliterationTable } from "./transliterationTable.js";

/**
 * A word in more entries than this ("talks", "vietnam" in a large dataset) is too common to rank by
 * (its weight is near zero) and is left out of the title and description parts, which keeps every query fast at scale.
 */
const commonWordLimit = (entries: number) => Math.max(1000, Math.floor(entries * 0.01));

/** `searchTerms` remembered per word, for one build (names repeat across thousands of titles). */
function memoizedTerms(): (word: string) => string[] {
  const memo = new Map<string, string[]>();
  return (word) => {
    let terms = memo.get(word);
    if (terms === undefined) memo.set(word, (terms = searchTerms(word)));
    return terms;
  };
}

/** The terms an entry's word is indexed under: all of them, or the folded word alone for an entry indexed as written. */
const entryTerms = (entries: SearchEntries, entry: number, word: string, termsOf: (word: string) => string[]) =>
  entries.asWritten[entry] === true ? termsOf(word).slice(0, 1) : termsOf(word);

/** MiniSearch options for a list of entries; while indexing, every term kept is added to `seen`. */
function indexOptions(
  entries: SearchEntries,
  leaveOut: ReadonlySet<string>,
  seen: Set<string>,
  termsOf: (word: string) => string[],
): Options<number> {
  // The entry being added: MiniSearch extracts an entry's fields, then processes their words, one entry at a time.
  let entry = 0;
  return {
    fields: SEARCH_FIELDS,
    storeFields: [],
    extractField: (added, field) => {
      entry = added;
      return field === "id" ? added : field === "name" ? entries.spellings[added]![0] : entries.context[added];
    },
    tokenize,
    processTerm: (word) => {
      const all = entryTerms(entries, entry, word, termsOf);
      const terms = leaveOut.size > 0 ? all.filter((t) => !leaveOut.has(t)) : all;
      for (const t of terms) seen.add(t);
      return terms.length === 0 ? null : terms;
    },
  };
}

/** The terms found in more entries than the limit. */
function* commonTerms(entries: SearchEntries, limit: number, termsOf: (word: string) => string[]): Steps<Set<string>> {
  const common = new Set<string>();
  if (entries.records.length <= limit) return common;
  const counts = new Map<string, number>();
  for (let i = 0; i < entries.records.length; i++) {
    const terms = new Set<string>();
    for (const word of tokenize(`${entries.spellings[i]![0]} ${entries.context[i]}`))
      for (const t of entryTerms(entries, i, word, termsOf)) terms.add(t);
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    if ((i + 1) % STEP_SIZE === 0) yield;
  }
  for (const [term, count] of counts) if (count > limit) common.add(term);
  return common;
}

function* buildPart(
  entries: SearchEntries,
  termsOf: (word: string) => string[],
  leaveOut: ReadonlySet<string> = new Set(),
): Steps<IndexPart> {
  const seen = new Set<string>();
  const mini = new MiniSearch<number>(indexOptions(entries, leaveOut, seen, termsOf));
  // What `addAll` does, with pauses.
  for (let i = 0; i < entries.records.length; i++) {
    mini.add(i);
    if ((i + 1) % STEP_SIZE === 0) yield;
  }
  return indexPart(entries.records, mini, [...leaveOut].sort(), seen);
}

/** A part that leaves out the words too common in it. */
function* buildTextPart(entries: SearchEntries, termsOf: (word: string) => string[]): Steps<IndexPart> {
  return yield* buildPart(
    entries,
    termsOf,
    yield* commonTerms(entries, commonWordLimit(entries.records.length), termsOf),
  );
}

/** The index over search data and its parts, the title and description parts as given (made now or on first need). */
function indexOver(
  language: Language,
  data: SearchData,
  named: IndexPart,
  titled: () => IndexPart,
  described: () => IndexPart,
): SearchIndex {
  return assembleSearchIndex({
    language,
    records: data.records,
    named,
    spellings: data.named.spellings,
    titled,
    described,
    queryTerms: searchTerms,
    transliterations: () =>
      transliterationTable(
        [data.named, data.titled, data.described].flatMap((part) => [...part.spellings.flat(), ...part.context]),
      ),
    fingerprint: () => fingerprintOf(data),
  });
}

/**
 * Builds the search index of a dataset: every name, spelling, label, alias, title and description, and their
 * Vietnamese and Russian translations, folded and transliterated. Hits are labelled in `options.language` (default
 * English) and found from any language. Titles and descriptions are indexed on the first search that needs them (or
 * `warm()`): at 100k events they are most of the build, and a caller that only looks names up never pays for them.
 */
export function createSearchIndex(dataset: Dataset, options: SearchIndexOptions = {}): SearchIndex {
  const language = options.language ?? "en";
  const data = searchEntries(dataset, { language });
  const termsOf = memoizedTerms();
  return indexOver(
    language,
    data,
    runSteps(buildPart(data.named, termsOf)),
    () => runSteps(buildTextPart(data.titled, termsOf)),
    () => runSteps(buildTextPart(data.described, termsOf)),
  );
}

/** `createSearchIndex` and `warm()` a little at a time: the same index, with its title and description parts built. */
export function* searchIndexSteps(dataset: Dataset, options: SearchIndexOptions = {}): Steps<SearchIndex> {
  const language = options.language ?? "en";
  const data = yield* searchEntrySteps(dataset, { language });
  const termsOf = memoizedTerms();
  const named = yield* buildPart(data.named, termsOf);
  const titled = yield* buildTextPart(data.titled, termsOf);
  const described = yield* buildTextPart(data.described, termsOf);
  return indexOver(
    language,
    data,
    named,
    () => titled,
    () => described,
  );
}
