import type { RecordKind } from "@parley/core";
import { hasPage, pathFor } from "./paths";

/** A record and, for one without a page of its own, the record whose page shows it (a term's holder). */
export interface RecordPlace {
  kind: RecordKind;
  id: string;
  parent?: RecordPlace | null;
}

/** The element id prefix under which a parent's page shows each kind without a page of its own. */
const ANCHOR_PREFIX: Partial<Record<RecordKind, string>> = {
  statements: "statement",
  memberships: "term",
  disagreements: "disagreement",
};

/**
 * The page that shows a record: its own, its country's filtered timeline, or its parent's page at the element that
 * shows it (a term of office at its row on the holder's page: `/people/<holder>/#term-<id>`). A record with no page
 * and no parent falls back to a search for its id. Pure, so pages and the search box link alike.
 */
export function hrefOf(place: RecordPlace): string {
  if (hasPage(place.kind)) return pathFor(place.kind, place.id);
  if (place.kind === "countries") return `/timeline/?country=${encodeURIComponent(place.id)}`;
  const prefix = ANCHOR_PREFIX[place.kind];
  if (place.parent && place.parent.kind !== place.kind) {
    const page = hrefOf(place.parent).split("#")[0]!;
    return prefix ? `${page}#${prefix}-${encodeURIComponent(place.id)}` : page;
  }
  return `/search/?q=${encodeURIComponent(place.id)}`;
}
