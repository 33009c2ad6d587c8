import { dateBounds } from "../dates/dateBounds.js";
import type { TimelineFilters } from "./Parley.js";
import type { ParleyIndex, Positions } from "./buildIndex.js";

const NONE: Positions = Object.freeze([]);

/** The ids given and every id below them in a tree (narrower topics, places within places). */
export function withDescendants(ids: readonly string[], below: ReadonlyMap<string, readonly string[]>): string[] {
  const seen = new Set<string>();
  const queue = [...ids];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const child of below.get(id) ?? []) queue.push(child);
  }
  return [...seen];
}

/** The positions of events matching any of the keys, ascending and without repeats. */
function union(lists: ReadonlyMap<string, Positions>, keys: readonly string[]): Positions {
  const found: Positions[] = [];
  for (const key of new Set(keys)) {
    const list = lists.get(key);
    if (list && list.length > 0) found.push(list);
  }
  if (found.length === 0) return NONE;
  if (found.length === 1) return found[0]!;
  let total = 0;
  for (const list of found) total += list.length;
  const merged = new Int32Array(total);
  let at = 0;
  for (const list of found) for (const p of list) merged[at++] = p;
  merged.sort();
  const out: number[] = [];
  for (let i = 0; i < merged.length; i++) if (i === 0 || merged[i] !== merged[i - 1]) out.push(merged[i]!);
  return out;
}

/** Whether an ascending list holds a position (binary search). */
function holds(list: Positions, position: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid]!;
    if (v === position) return true;
    if (v < position) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The number of events whose earliest possible day is on or before `day` (events are sorted by it). */
function countStartingBy(earliest: readonly string[], day: string): number {
  let lo = 0;
  let hi = earliest.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (earliest[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions of the events matching every filter, in date order, intersecting the smallest candidate list first.
 * `required` adds lists an event must also be in (e.g. a person's events). An empty filter list means "no filter";
 * a `from` or `to` that is not a date matches nothing.
 */
export function filterEvents(
  index: ParleyIndex,
  filters: TimelineFilters = {},
  required: readonly Positions[] = [],
): number[] {
  const lists: Positions[] = [...required];
  // The posting list is read only when its filter is used: most of them are built on first use.
  const byList = <T extends string>(
    values: readonly T[] | undefined,
    map: () => ReadonlyMap<string, Positions>,
    expand?: (ids: readonly string[]) => string[],
  ) => {
    if (values && values.length > 0) lists.push(union(map(), expand ? expand(values) : values));
  };
  byList(filters.people, () => index.eventsByPerson);
  byList(filters.organizations, () => index.eventsByOrganization);
  byList(
    filters.topics,
    () => index.eventsByTopic,
    (ids) => withDescendants(ids, index.narrowerTopics),
  );
  byList(
    filters.places,
    () => index.eventsByPlace,
    (ids) => withDescendants(ids, index.placesWithin),
  );
  byList(filters.countries, () => index.eventsByCountry);
  byList(filters.kinds, () => index.eventsByKind);
  byList(filters.statuses, () => index.eventsByStatus);
  if (filters.topLevelOnly) lists.push(index.topLevel);

  let fromDay: string | null = null;
  let toDay: string | null = null;
  if (filters.from !== undefined) {
    const b = dateBounds(filters.from);
    if (!b) return [];
    fromDay = b.earliest;
  }
  if (filters.to !== undefined) {
    const b = dateBounds(filters.to);
    if (!b) return [];
    toDay = b.latest;
  }
  const dateFiltered = filters.from !== undefined || filters.to !== undefined;
  const end = toDay === null ? index.events.length : countStartingBy(index.earliest, toDay);
  const inRange = (p: number) =>
    p < end && (!dateFiltered || (index.dated[p] === true && (fromDay === null || index.latest[p]! >= fromDay)));

  const out: number[] = [];
  if (lists.length === 0) {
    for (let p = 0; p < end; p++) if (inRange(p)) out.push(p);
    return out;
  }
  lists.sort((a, b) => a.length - b.length);
  const [smallest, ...others] = lists as [Positions, ...Positions[]];
  for (const p of smallest) {
    if (p >= end) break;
    if (!inRange(p)) continue;
    if (others.every((list) => holds(list, p))) out.push(p);
  }
  return out;
}
