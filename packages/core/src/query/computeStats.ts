import { deepFreeze } from "../deepFreeze.js";
import { recordKinds, type Dataset, type RecordKind } from "../schema/Dataset.js";
import type { Organization } from "../schema/Organization.js";
import type { ParleyIndex } from "./buildIndex.js";
import { compareText } from "./compareText.js";
import type { Frozen, Stats } from "./Parley.js";

/** Counts per kind, the span of event dates, and sources per publisher (most first; unknown publishers as null). */
export function computeStats(data: Dataset, index: ParleyIndex): Stats {
  const counts = Object.fromEntries(recordKinds.map((k) => [k, data[k].length])) as Record<RecordKind, number>;
  // Events are sorted by earliest possible day, so the first one with a known start holds the earliest.
  let earliest: string | null = null;
  let latest: string | null = null;
  index.events.forEach((event, position) => {
    const b = index.dated[position] ? index.bounds.get(event.id) : undefined;
    if (!b) return;
    if (earliest === null && b.earliest) earliest = b.earliest;
    if (b.latest && (latest === null || b.latest > latest)) latest = b.latest;
  });
  const byPublisher = new Map<string | null, number>();
  for (const source of data.sources) {
    const known = source.publisher !== null && index.byId.get(source.publisher)?.kind === "organizations";
    const key = known ? source.publisher : null;
    byPublisher.set(key, (byPublisher.get(key) ?? 0) + 1);
  }
  const sourcesByPublisher = [...byPublisher].map(([id, count]) => ({
    publisher: id === null ? null : (index.byId.get(id)!.record as Frozen<Organization>),
    count,
  }));
  sourcesByPublisher.sort(
    (a, b) => b.count - a.count || compareText(a.publisher?.name ?? "\uffff", b.publisher?.name ?? "\uffff"),
  );
  return deepFreeze({ counts, dateRange: { earliest, latest }, sourcesByPublisher });
}
