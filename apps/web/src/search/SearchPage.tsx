"use client";
import { useMemo } from "react";
import { Link } from "@/components/Link";
import { useLanguage } from "@/i18n/LanguageProvider";
import { localePath } from "@/i18n/localePath";
import { useLocationSearch } from "@/lib/useLocationSearch";
import { fillText } from "@/i18n/fillText";
import { ResultLabel } from "./ResultLabel";
import type { KindHeading, SearchResult } from "./searchTypes";
import { searchStatus } from "./searchStatus";
import type { SearchText } from "./searchText";
import { useSearchEngineNow } from "./useSearchEngine";

/** The query in the address (`/search/?q=…`). */
function useQuery(): string {
  const search = useLocationSearch();
  return useMemo(() => new URLSearchParams(search).get("q")?.trim() ?? "", [search]);
}

/** Results grouped by kind, in the order of the headings given and best first within each. */
export function groupResults(
  results: readonly SearchResult[],
  headings: readonly KindHeading[],
): { kind: string; heading: string; results: SearchResult[] }[] {
  return headings
    .map(({ kind, heading }) => ({ kind, heading, results: results.filter((r) => r.kind === kind) }))
    .filter((g) => g.results.length > 0);
}

/**
 * The full search page: a form that keeps the query in the address, and up to `limit` results grouped under the kind
 * headings given, over the index of the page's language and in the words it is given. Everything language-specific
 * comes in as props, so the search code itself loads only once the page is up.
 */
export function SearchPage({
  text,
  headings,
  limit,
}: {
  text: SearchText;
  headings: readonly KindHeading[];
  limit: number;
}) {
  const language = useLanguage();
  const query = useQuery();
  const engine = useSearchEngineNow(language);
  const results = useMemo(
    () => (engine.status === "ready" && query !== "" ? engine.engine.search(query, limit) : []),
    [engine, query, limit],
  );
  const groups = groupResults(results, headings);
  const status = searchStatus("page", { engine, query, count: results.length, limit }, text.status, language);
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
