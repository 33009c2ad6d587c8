import type { Language } from "@parley/core/search";
import type { SearchResult } from "./searchTypes";

/** A result's label, marked with its language where that is not the page's (an untranslated title, a source's own). */
export function ResultLabel({ result, language }: { result: SearchResult; language: Language }) {
  return result.lang === language ? <>{result.label}</> : <span lang={result.lang}>{result.label}</span>;
}
