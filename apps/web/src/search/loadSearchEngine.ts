import { loadSearchIndex, type Language, type SearchIndex } from "@parley/core/search";
import { localePath } from "@/i18n/localePath";
import type { SearchEngine } from "./searchTypes";
import type { SearchPayload } from "./searchPayload";
import { toSearchResult } from "./toSearchResult";

/** Where the prebuilt search download lives on the English site; each language's site has its own beside its pages. */
export const SEARCH_PAYLOAD_URL = "/search/index.json";

/** The address of a language's search download: `/search/index.json`, `/vi/search/index.json`, `/ru/search/index.json`. */
export function searchPayloadUrl(language: Language): string {
  return localePath(language, SEARCH_PAYLOAD_URL);
}

/** An engine over a loaded index, giving results as a page in the language shows them. */
export function searchEngineOf(index: SearchIndex, language: Language): SearchEngine {
  return { search: (query, limit) => index.search(query, { limit }).map((hit) => toSearchResult(hit, language)) };
}

/** Fetches a language's prebuilt search index (once, on first use) and readies it for queries in the browser. */
export async function loadSearchEngine(
  language: Language,
  url: string = searchPayloadUrl(language),
): Promise<SearchEngine> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the search index answered ${response.status}`);
  return searchEngineOf(loadSearchIndex((await response.json()) as SearchPayload), language);
}
