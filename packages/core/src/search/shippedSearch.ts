/** Search over the dataset shipped with the package; `createSearchIndex` searches any other. */
import { dataset } from "../dataset.js";
import { createSearchIndex } from "./createSearchIndex.js";
import type { SearchHit, SearchIndex, SearchOptions } from "./SearchIndex.js";

let shared: SearchIndex | undefined;

/** The search index of the shipped dataset, built on first use and shared. */
export function searchIndex(): SearchIndex {
  shared ??= createSearchIndex(dataset);
  return shared;
}

/** Searches the shipped dataset by any name, in any script; `[]` for a blank query. */
export function search(query: string, options?: SearchOptions): readonly SearchHit[] {
  return searchIndex().search(query, options);
}
