// The search index of the shipped dataset, saved beside the bundle when it was built (see tsup.config.ts).
import { loadSearchIndex, type SearchIndex } from "@parley/core";
import { readFileSync } from "node:fs";

/**
 * The saved search index of the shipped dataset; null where there is none (running from source) or it cannot be read,
 * and the caller builds one instead: it is only a copy of what building gives.
 */
export function savedSearchIndex(): SearchIndex | null {
  try {
    return loadSearchIndex(readFileSync(new URL("./search-index.json", import.meta.url), "utf8"));
  } catch {
    return null;
  }
}
