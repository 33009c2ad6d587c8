// The search index of the shipped dataset, saved beside the bundle when it was built (see tsup.config.ts).
import { loadSearchIndex, type SearchIndex } from "@parley/core";
import { readFileSync } from "node:fs";

/** The saved search index of the shipped dataset, or null where there is none (running from source). */
export function savedSearchIndex(): SearchIndex | null {
  let text: string;
  try {
    text = readFileSync(new URL("./search-index.json", import.meta.url), "utf8");
  } catch {
    return null;
  }
  return loadSearchIndex(text);
}
