"use client";
import { RESULTS_PAGE_LIMIT, type Language } from "@parley/core/search";
import { useMemo } from "react";
import { Link } from "@/components/Link";
import { useLanguage } from "@/i18n/LanguageProvider";
import { localePath } from "@/i18n/localePath";
import { useLocationSearch } from "@/lib/useLocationSearch";
import { fillText } from "@/i18n/fillText";
import { ResultLabel } from "./ResultLabel";
import type { SearchResult } from "./searchTypes";
import { searchStatus } from "./searchStatus";
import type { SearchText } from "./searchText";
import { KIND_ORDER, kindHeading } from "./toSearchResult";
import { useSearchEngineNow } from "./useSearchEngine";

/** The query in the address (`/search/?q=…`). */
function useQuery(): string {
  const search = useLocationSearch();
  return useMemo(() => new URLSearchParams(search).get("q")?.trim() ?? "", [search]);
}

/** Results grouped by kind, in a fixed order of kinds and best first within each, headed in a language. */
export function groupResults(
  results: readonly SearchResult[],
  language: Language,
): { kind: string; heading: string; results: SearchResult[] }[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    heading: kindHeading(kind, language),
    results: results.filter((r) => r.kind === kind),
  })).filter((g) => g.results.length > 0);
}

/**
 * The full search page: a form that keeps the query in the address, and every result grouped by kind, over the index
 * of the page's language and in the words it is given.
 */
export function SearchPage({ text }: { text: SearchText }) {
  const language = useLanguage();
  const query = useQuery();
  const engine = useSearchEngineNow(language);
  const results = useMemo(
    () => (engine.status === "ready" && query !== "" ? engine.engine.search(query, RESULTS_PAGE_LIMIT) : []),
    [engine, query],
  );
  const groups = groupResults(results, language);
  const status = searchStatus(
    "page",
    { engine, query, count: results.length, limit: RESULTS_PAGE_LIMIT },
    text.status,
    language,
  );
  return (
    <>
      <form className="search-form" action={localePath(language, "/search/")} method="get" role="search">
        <label htmlFor="search-page-q" className="visually-hidden">
          {text.page.label}
        </label>
        <input
          key={query}
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder={text.page.placeholder}
          autoComplete="off"
        />
        <button className="button" type="submit">
          {text.page.submit}
        </button>
      </form>
      <p className="meta" role="status" aria-live="polite" id="search-status">
        {status}
      </p>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`results-${g.kind}`}>
          <h2 id={`results-${g.kind}`}>
            {g.heading} <span className="meta">({g.results.length})</span>
          </h2>
          <ul className="plain-list">
            {g.results.map((r) => (
              <li key={r.id}>
                <Link href={r.href}>
                  <ResultLabel result={r} language={language} />
                </Link>
                {r.date ? <span className="meta"> ({r.date})</span> : null}
                {r.matched ? <span className="meta"> — {fillText(text.matched, { m: r.matched })}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
