export { createSearchIndex } from "./createSearchIndex.js";
export { createSearchIndexInSlices } from "./createSearchIndexInSlices.js";
export type { SlicedBuildOptions } from "./createSearchIndexInSlices.js";
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
export { searchTerms } from "./searchTerms.js";
export type { TransliterationTable } from "./tableTransliterator.js";
