// The types the search page and the type-ahead dialog share: a result as the site shows it, and a loaded engine.
/** One search result as the site shows it, in the page's language: what it is, its label, why it matched, where it lives. */
export interface SearchResult {
  kind: string;
  /** The kind in words ("Person", "Персона"). */
  kindLabel: string;
  id: string;
  label: string;
  /** The language tag the label is written in (English where a record has no translation, a source's own). */
  lang: string;
  /** The name or text that matched, when it differs from the label (e.g. "Володин"). */
  matched: string | null;
  /** The page to open, in the page's language's site (`/ru/people/…`). */
  href: string;
  /**
   * An event's date (or a statement's event's) in words ("15–16 October 2023", "15–16 октября 2023 г."), or as written
   * when only the EDTF library could read it.
   */
  date?: string;
}

/** A loaded search index the browser can query. */
export interface SearchEngine {
  /** The best `limit` results for a query, best first. */
  search(query: string, limit: number): SearchResult[];
}

/** A kind of result and its plural name as a group heading in the page's language ("Персоны"). */
export interface KindHeading {
  kind: string;
  heading: string;
}
