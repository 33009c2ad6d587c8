import type { SearchHit } from "@parley/core";
import { kindNames } from "@/lib/kindNames";
import { hasPage, pathFor } from "@/lib/paths";
import type { SearchResult } from "./SearchEngine";

/** A search hit as the site shows it: its kind in words, the page it opens, and the matched name where it differs. */
export function toSearchResult(hit: SearchHit): SearchResult {
  const href = hasPage(hit.kind) ? pathFor(hit.kind, hit.id) : `/timeline/?country=${encodeURIComponent(hit.id)}`;
  return { kind: hit.kind, kindLabel: kindNames[hit.kind].singular, id: hit.id, label: hit.label, matched: hit.matched && hit.matched !== hit.label ? hit.matched : null, href };
}

/** The kinds in the order the full results page groups them. */
export const KIND_ORDER: readonly SearchHit["kind"][] = ["people", "events", "organizations", "posts", "places", "topics", "documents", "sources", "countries"];

/** The kind's plural name for a group heading. */
export function kindHeading(kind: SearchHit["kind"]): string {
  return kindNames[kind].plural;
}
