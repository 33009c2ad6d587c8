import { plainDateBounds, type SearchHit, type SearchKind } from "@parley/core/search";
import { describeDate } from "@/lib/describeDate";
import { kindNames } from "@/lib/kindNames";
import { hasPage, pathFor } from "@/lib/paths";
import type { SearchResult } from "./SearchEngine";

/** Where each kind without a page of its own is shown on its parent's page (the element's id prefix). */
const ANCHOR_PREFIX: Partial<Record<SearchKind, string>> = {
  statements: "statement",
  memberships: "term",
  disagreements: "disagreement",
};

/** The page a record opens: its own, its country's timeline, or the place on its parent's page where it is shown. */
export function hrefOf(hit: Pick<SearchHit, "kind" | "id" | "parent">): string {
  if (hasPage(hit.kind)) return pathFor(hit.kind, hit.id);
  if (hit.kind === "countries") return `/timeline/?country=${encodeURIComponent(hit.id)}`;
  const prefix = ANCHOR_PREFIX[hit.kind];
  if (hit.parent && hit.parent.kind !== hit.kind)
    return `${hrefOf(hit.parent)}${prefix ? `#${prefix}-${encodeURIComponent(hit.id)}` : ""}`;
  return `/search/?q=${encodeURIComponent(hit.id)}`;
}

/**
 * A search hit as the site shows it: its kind in words, the page it opens, the matched name where it differs, and an
 * event's date in words.
 */
export function toSearchResult(hit: SearchHit): SearchResult {
  return {
    kind: hit.kind,
    kindLabel: kindNames[hit.kind].singular,
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
  return kindNames[kind].plural;
}
