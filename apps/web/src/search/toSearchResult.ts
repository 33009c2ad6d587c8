import { plainDateBounds, type SearchHit, type SearchKind } from "@parley/core/search";
import { describeDate } from "@/lib/describeDate";
import { hrefOf } from "@/lib/hrefOf";
import { kindPlural, kindSingular } from "@/lib/labels";
import type { SearchResult } from "./searchTypes";

/**
 * A search hit as the site shows it: its kind in words, the page it opens, the matched name where it differs, and an
 * event's date in words.
 */
export function toSearchResult(hit: SearchHit): SearchResult {
  return {
    kind: hit.kind,
    kindLabel: kindSingular(hit.kind),
    id: hit.id,
    label: hit.label,
    matched: hit.matched && hit.matched !== hit.label ? hit.matched : null,
    href: hrefOf(hit),
    ...(hit.date ? { date: describeDate(hit.date, plainDateBounds) ?? hit.date } : {}),
  };
}

/** The kinds in the order the full results page groups them. */
export const KIND_ORDER: readonly SearchKind[] = [
  "people",
  "events",
  "organizations",
  "posts",
  "places",
  "topics",
  "statements",
  "memberships",
  "documents",
  "sources",
  "disagreements",
  "countries",
];

/** The kind's plural name for a group heading. */
export function kindHeading(kind: SearchKind): string {
  return kindPlural(kind);
}
