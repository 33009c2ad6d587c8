export { createSearchIndex, loadSearchIndex } from "./createSearchIndex.js";
export type { SearchHit, SearchIndex, SearchOptions, SerializedSearchIndex } from "./createSearchIndex.js";
export { search, searchIndex } from "./search.js";
export { NAMED_KINDS, TITLED_KINDS } from "./searchEntries.js";
export type { SearchKind } from "./searchEntries.js";
export { searchTerms } from "./searchTerms.js";
