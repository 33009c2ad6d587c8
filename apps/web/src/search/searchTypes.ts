// The types the search page and the type-ahead dialog share: a result as the site shows it, and a loaded engine.
/** One search result as the site shows it: what it is, its label, why it matched and where it lives. */
export interface SearchResult {
  kind: string;
  /** The kind in words ("Person", "Event"). */
  kindLabel: string;
  id: string;
  label: string;
  /** The name or text that matched, when it differs from the label (e.g. "Володин"). */
  matched: string | null;
  /** The page to open. */
  href: string;
  /** An event's date (or a statement's event's) in words ("15–16 October 2023"), or as written when only the EDTF library could read it. */
  date?: string;
}

/** A loaded search index the browser can query. */
export interface SearchEngine {
  /** The best `limit` results for a query, best first. */
  search(query: string, limit: number): SearchResult[];
}
