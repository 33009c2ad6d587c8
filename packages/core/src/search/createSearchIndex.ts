import MiniSearch, { type Options } from "minisearch";
import type { Dataset } from "../schema/Dataset.js";
import { assembleSearchIndex, indexPart, SEARCH_FIELDS, type IndexPart } from "./assembleSearchIndex.js";
import { fingerprintOf } from "./fingerprintOf.js";
import { searchEntries, type SearchEntries } from "./searchEntries.js";
import type { SearchIndex } from "./SearchIndex.js";
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

/** MiniSearch options for a list of entries; while indexing, every term kept is added to `seen`. */
function indexOptions(entries: SearchEntries, leaveOut: ReadonlySet<string>, seen: Set<string>, termsOf: (word: string) => string[]): Options<number> {
  return {
    fields: SEARCH_FIELDS,
    storeFields: [],
    extractField: (entry, field) => (field === "id" ? entry : field === "name" ? entries.spellings[entry]![0] : entries.context[entry]),
    tokenize,
    processTerm: (word) => {
      const terms = leaveOut.size > 0 ? termsOf(word).filter((t) => !leaveOut.has(t)) : termsOf(word);
      for (const t of terms) seen.add(t);
      return terms.length === 0 ? null : terms;
    },
  };
}

/** The terms found in more entries than the limit. */
function commonTerms(entries: SearchEntries, limit: number, termsOf: (word: string) => string[]): Set<string> {
  const common = new Set<string>();
  if (entries.records.length <= limit) return common;
  const counts = new Map<string, number>();
  for (let i = 0; i < entries.records.length; i++) {
    const terms = new Set<string>();
    for (const word of tokenize(`${entries.spellings[i]![0]} ${entries.context[i]}`)) for (const t of termsOf(word)) terms.add(t);
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  for (const [term, count] of counts) if (count > limit) common.add(term);
  return common;
}

function buildPart(entries: SearchEntries, termsOf: (word: string) => string[], leaveOut: ReadonlySet<string> = new Set()): IndexPart {
  const seen = new Set<string>();
  const mini = new MiniSearch<number>(indexOptions(entries, leaveOut, seen, termsOf));
  mini.addAll(entries.records.map((_, i) => i));
  return indexPart(entries.records, mini, [...leaveOut].sort(), seen);
}

/** A part that leaves out the words too common in it. */
function buildTextPart(entries: SearchEntries, termsOf: (word: string) => string[]): IndexPart {
  return buildPart(entries, termsOf, commonTerms(entries, commonWordLimit(entries.records.length), termsOf));
}

/**
 * Builds the search index of a dataset: every name, spelling, label, alias, title and description, folded and
 * transliterated. Titles and descriptions are indexed on the first search that needs them (or `warm()`): at 100k
 * events they are most of the build, and a caller that only looks names up never pays for them.
 */
export function createSearchIndex(dataset: Dataset): SearchIndex {
  const data = searchEntries(dataset);
  const termsOf = memoizedTerms();
  return assembleSearchIndex({
    records: data.records,
    named: buildPart(data.named, termsOf),
    spellings: data.named.spellings,
    titled: () => buildTextPart(data.titled, termsOf),
    described: () => buildTextPart(data.described, termsOf),
    queryTerms: searchTerms,
    transliterations: () => transliterationTable([data.named, data.titled, data.described].flatMap((part) => [...part.spellings.flat(), ...part.context])),
    fingerprint: () => fingerprintOf(data),
  });
}
