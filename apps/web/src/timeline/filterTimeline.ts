import type { TimelineItem } from "./TimelineItem";
import { dayRange, LIST_KEYS, type ListKey, type TimelineFilters } from "./timelineQuery";

const FIELD: Record<ListKey, (item: TimelineItem) => readonly string[]> = {
  kind: (i) => [i.kind],
  status: (i) => [i.status],
  country: (i) => i.countries,
  person: (i) => i.people,
  organization: (i) => i.organizations,
  topic: (i) => i.topics,
};

/**
 * The items matching every filter (a list filter matches any of its values), in their order.
 * Dates follow core's rule: `from` keeps events that may end on or after it, `to` those that may start on or before it.
 */
export function filterTimeline(items: readonly TimelineItem[], filters: TimelineFilters): TimelineItem[] {
  const from = filters.from ? dayRange(filters.from)?.first : undefined;
  const to = filters.to ? dayRange(filters.to)?.last : undefined;
  const lists = LIST_KEYS.filter((k) => filters[k].length > 0).map((k) => ({
    wanted: new Set(filters[k]),
    field: FIELD[k],
  }));
  return items.filter((item) => {
    if (from && item.end !== null && item.end < from) return false;
    if (to && item.start !== null && item.start > to) return false;
    if ((from || to) && item.start === null && item.end === null) return false;
    return lists.every(({ wanted, field }) => field(item).some((v) => wanted.has(v)));
  });
}
