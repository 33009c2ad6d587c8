import type { SearchKind } from "@parley/core/search";

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
