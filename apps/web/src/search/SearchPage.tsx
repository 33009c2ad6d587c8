"use client";
import { useMemo } from "react";
import { Link } from "@/components/Link";
import { useLocationSearch } from "@/lib/useLocationSearch";
import type { SearchResult } from "./SearchEngine";
import { KIND_ORDER, kindHeading } from "./toSearchResult";
import { useSearchEngineNow } from "./useSearchEngine";

const LIMIT = 200;

/** The query in the address (`/search/?q=…`). */
function useQuery(): string {
  const search = useLocationSearch();
  return useMemo(() => new URLSearchParams(search).get("q")?.trim() ?? "", [search]);
}

/** Results grouped by kind, in a fixed order of kinds and best first within each. */
export function groupResults(
  results: readonly SearchResult[],
): { kind: string; heading: string; results: SearchResult[] }[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    heading: kindHeading(kind),
    results: results.filter((r) => r.kind === kind),
  })).filter((g) => g.results.length > 0);
}

/** The full search page: a form that keeps the query in the address, and every result grouped by kind. */
export function SearchPage() {
  const query = useQuery();
  const engine = useSearchEngineNow();
  const results = useMemo(
    () => (engine.status === "ready" && query !== "" ? engine.engine.search(query, LIMIT) : []),
    [engine, query],
  );
  const groups = groupResults(results);
  const status =
    query === ""
      ? "Type a name, place, topic, office or event title. Accents and script do not matter: " +
        "“vuong dinh hue” finds Vương Đình Huệ and “Володин” finds Volodin."
      : engine.status === "loading"
        ? "Loading the search index…"
        : engine.status === "error"
          ? `Search is unavailable: ${engine.message}.`
          : results.length === 0
            ? `Nothing found for “${query}”. Try fewer words, another spelling, or browse the indexes below.`
            : `${results.length}${results.length === LIMIT ? "+" : ""} result${results.length === 1 ? "" : "s"} for “${query}”.`;
  return (
    <>
      <form className="search-form" action="/search/" method="get" role="search">
        <label htmlFor="search-page-q" className="visually-hidden">
          Search Parley
        </label>
        <input
          key={query}
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Volodin, Вячеслав Володин, Vương Đình Huệ…"
          autoComplete="off"
        />
        <button className="button" type="submit">
          Search
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
                <Link href={r.href}>{r.label}</Link>
                {r.date ? <span className="meta"> ({r.date})</span> : null}
                {r.matched ? <span className="meta"> — matched “{r.matched}”</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
