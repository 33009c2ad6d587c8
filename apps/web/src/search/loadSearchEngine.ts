import { loadSearchIndex } from "@parley/core/search";
import type { SearchEngine } from "./searchTypes";
import type { SearchPayload } from "./searchPayload";
import { toSearchResult } from "./toSearchResult";

/** Where the prebuilt search download lives. */
export const SEARCH_PAYLOAD_URL = "/search/index.json";

/** Fetches the prebuilt search index (once, on first use) and readies it for queries in the browser. */
export async function loadSearchEngine(url: string = SEARCH_PAYLOAD_URL): Promise<SearchEngine> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the search index answered ${response.status}`);
  const index = loadSearchIndex((await response.json()) as SearchPayload);
  return { search: (query, limit) => index.search(query, { limit }).map(toSearchResult) };
}
