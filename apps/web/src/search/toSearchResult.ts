import { plainDateBounds, type Language, type SearchHit, type SearchKind } from "@parley/core/search";
import { localePath } from "@/i18n/localePath";
import { describeDate } from "@/lib/describeDate";
import { hrefOf } from "@/lib/hrefOf";
import { kindPlural, kindSingular } from "@/lib/labels";
import type { SearchResult } from "./searchTypes";

/**
 * A search hit as a page in a language shows it: its kind in words, the page it opens in that language's site, the
 * matched name where it differs, and an event's date in words. The label comes in the index's language already.
 */
export function toSearchResult(hit: SearchHit, language: Language): SearchResult {
  return {
    kind: hit.kind,
    kindLabel: kindSingular(hit.kind, language),
    id: hit.id,
    label: hit.label,
    lang: hit.lang,
    matched: hit.matched && hit.matched !== hit.label ? hit.matched : null,
    href: localePath(language, hrefOf(hit)),
    ...(hit.date ? { date: describeDate(hit.date, plainDateBounds, language) ?? hit.date } : {}),
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
export function kindHeading(kind: SearchKind, language: Language): string {
  return kindPlural(kind, language);
}
