import { plainDateBounds, type Language, type SearchHit } from "@parley/core/search";
import { localePath } from "@/i18n/localePath";
import { describeDate } from "@/lib/describeDate";
import { hrefOf } from "@/lib/hrefOf";
import { kindPlural, kindSingular } from "@/lib/labels";
import { KIND_ORDER } from "./kindOrder";
import type { KindHeading, SearchResult } from "./searchTypes";

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

/** Each kind's plural name in a language, in the order the full results page groups them (made on the server). */
export function kindHeadings(language: Language): KindHeading[] {
  return KIND_ORDER.map((kind) => ({ kind, heading: kindPlural(kind, language) }));
}
