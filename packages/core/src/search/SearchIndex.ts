import type { AsPlainObject } from "minisearch";
import type { Language } from "../labels/Language.js";
import type { SearchKind, SearchParent, SearchRecords } from "./searchEntries.js";
import type { TransliterationTable } from "./tableTransliterator.js";

/** One record found by a search. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  /**
   * The record's usual label in the index's language (a person's name, an event's title, "Vyacheslav Volodin, Chairman
   * of the State Duma (2016–)"…), or in English where the record has no translation.
   */
  label: string;
  /** The language tag the label is written in: the index's language, "en" for a missing translation, a source's own. */
  lang: string;
  /**
   * The name that matched, as written in the data, in any language (e.g. "Вячеслав Володин" for a Cyrillic query); the
   * label for titles and descriptions.
   */
  matched: string;
  /** Relevance; higher is better, comparable only within one answer. */
  score: number;
  /** An event's date, or the date of a statement's event, as EDTF ("2023-09-12"); absent for other kinds. */
  date?: string;
  /** The record this one is shown with: a statement's event, a term's holder, a disagreement's first record. */
  parent?: SearchParent;
}

/** What to search for and how many hits to return. */
export interface SearchOptions {
  /** Only records of these kinds (default: every searchable kind). */
  kinds?: readonly SearchKind[];
  /** The most hits to return (default `DEFAULT_SEARCH_LIMIT`, 20). */
  limit?: number;
}

/** One part of a serialized index: the record of each entry, and its MiniSearch index. */
export interface SerializedSearchPart {
  /** For each entry, its position in `records`. */
  records: number[];
  index: AsPlainObject;
  /** Words left out of the part as too common to rank by. */
  commonWords: string[];
}

/**
 * A search index as plain JSON, for shipping a prebuilt index (load it with `loadSearchIndex`). It holds everything
 * a hit shows, so it loads without the dataset.
 */
export interface SerializedSearchIndex {
  format: "parley-search-index";
  version: 3;
  /** The language the records' labels are in. */
  language: Language;
  /** Identifies the data the index was built from, so a stale index can be refused. */
  fingerprint: string;
  /** Every record a hit can name. */
  records: SearchRecords;
  /** Names in every language, with each entry's spellings (for showing the spelling that matched). */
  named: SerializedSearchPart & { spellings: string[][] };
  /** Titles of events, documents and sources, and their translations. */
  titled: SerializedSearchPart;
  /** Statements, terms of office and disagreements, and their translations. */
  described: SerializedSearchPart;
  /** Latin transliterations of the Unicode blocks the data (and the usual scripts) are written in, for queries. */
  transliterations: TransliterationTable;
}

/** How to build a search index. */
export interface SearchIndexOptions {
  /**
   * The language hits are labelled in (default English). Whatever the language, the index finds a record by its names,
   * titles and descriptions in English, Vietnamese and Russian alike.
   */
  language?: Language;
}

/** Finds records of every kind by any name, title or description, in any language and script. */
export interface SearchIndex {
  /** The language hits are labelled in. */
  readonly language: Language;
  /** Records matching the query, best first; `[]` for a blank query. */
  search(query: string, options?: SearchOptions): readonly SearchHit[];
  /** Builds now what is otherwise built on the first search that needs it (titles and descriptions), e.g. in idle time. */
  warm(): void;
  /** The index as plain JSON. */
  toJSON(): SerializedSearchIndex;
}
