// What both the main entry and the browser entry (`@parley/core/search`) export for a saved search index:
// loading and querying it, its types, the result limits and the kinds of records it holds.
export { loadSearchIndex } from "./loadSearchIndex.js";
export type {
  SearchHit,
  SearchIndex,
  SearchOptions,
  SerializedSearchIndex,
  SerializedSearchPart,
} from "./SearchIndex.js";
export { DEFAULT_SEARCH_LIMIT, RESULTS_PAGE_LIMIT } from "./searchLimits.js";
export { DESCRIBED_KINDS, NAMED_KINDS, SEARCH_KINDS, TITLED_KINDS } from "./searchEntries.js";
export type { SearchKind, SearchParent, SearchRecords } from "./searchEntries.js";
export type { TransliterationTable } from "./tableTransliterator.js";
