export { createSearchIndex } from "./createSearchIndex.js";
export type { SearchIndexOptions } from "./SearchIndex.js";
export { createSearchIndexInSlices } from "./createSearchIndexInSlices.js";
export type { SlicedBuildOptions } from "./createSearchIndexInSlices.js";
export * from "./savedIndexExports.js";
export { searchTerms } from "./searchTerms.js";
