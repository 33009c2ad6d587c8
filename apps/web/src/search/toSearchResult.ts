import type { SearchHit } from "@parley/core";
import type { SearchResult } from "./SearchEngine";

const KIND_LABEL: Record<SearchHit["kind"], string> = {
  people: "Person",
  organizations: "Organization",
  posts: "Office",
  topics: "Topic",
  places: "Place",
  countries: "Country",
  events: "Event",
  documents: "Document",
  sources: "Source",
};

/** A search hit as the site shows it: its kind in words, the page it opens, and the matched name where it differs. */
export function toSearchResult(hit: SearchHit): SearchResult {
  const href = hit.kind === "countries" ? `/timeline/?country=${encodeURIComponent(hit.id)}` : `/${hit.kind}/${encodeURIComponent(hit.id)}/`;
  return { kind: hit.kind, kindLabel: KIND_LABEL[hit.kind] ?? hit.kind, id: hit.id, label: hit.label, matched: hit.matched && hit.matched !== hit.label ? hit.matched : null, href };
}

/** The kinds in the order the full results page groups them. */
export const KIND_ORDER: readonly SearchHit["kind"][] = ["people", "events", "organizations", "posts", "places", "topics", "documents", "sources", "countries"];

/** The kind's plural name for a group heading. */
export function kindHeading(kind: SearchHit["kind"]): string {
  return { people: "People", organizations: "Organizations", posts: "Offices", topics: "Topics", places: "Places", countries: "Countries", events: "Events", documents: "Documents", sources: "Sources" }[kind] ?? kind;
}
