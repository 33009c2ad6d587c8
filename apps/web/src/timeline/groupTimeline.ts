import { MONTHS } from "@/lib/describeDate";
import type { TimelineItem } from "./TimelineItem";

/** An event with the events within it (a trip's visits, a visit's meetings), to any depth. */
export interface TimelineNode {
  item: TimelineItem;
  children: TimelineNode[];
}

/** An event in the list with the child events (meetings of a visit) shown beneath it. */
export interface TimelineEntry extends TimelineNode {
  /** The parent's title when the parent itself is not in the list (a meeting shown on its own). */
  partOf: { id: string; title: string } | null;
}

/** A month (or "month not known") within a year. */
export interface TimelineMonth {
  key: string;
  label: string;
  entries: TimelineEntry[];
}

/** A year of the timeline. */
export interface TimelineYear {
  year: string;
  months: TimelineMonth[];
  count: number;
}

function nodeOf(item: TimelineItem, children: ReadonlyMap<string, TimelineItem[]>, seen: Set<string>): TimelineNode {
  seen.add(item.id);
  const below = (children.get(item.id) ?? []).filter((c) => !seen.has(c.id));
  return { item, children: below.map((c) => nodeOf(c, children, seen)) };
}

function size(node: TimelineNode): number {
  return 1 + node.children.reduce((n, c) => n + size(c), 0);
}

/**
 * Groups items by year and month of their earliest day, nesting each child under its parent when the parent is listed.
 * Events known only to the year go under "month not known"; undated ones under "Date unknown".
 */
export function groupTimeline(
  items: readonly TimelineItem[],
  titles: ReadonlyMap<string, string> = new Map(),
): TimelineYear[] {
  const listed = new Set(items.map((i) => i.id));
  const children = new Map<string, TimelineItem[]>();
  for (const item of items) {
    if (item.parent && listed.has(item.parent)) {
      const list = children.get(item.parent);
      if (list) list.push(item);
      else children.set(item.parent, [item]);
    }
  }
  const years: TimelineYear[] = [];
  for (const item of items) {
    if (item.parent && listed.has(item.parent)) continue;
    const year = item.start ? item.start.slice(0, 4) : "Date unknown";
    const monthKey = item.start && item.precision !== "year" ? item.start.slice(5, 7) : "00";
    const monthLabel =
      monthKey === "00" ? (item.start ? "Month not known" : "Undated") : `${MONTHS[Number(monthKey) - 1]} ${year}`;
    let y = years[years.length - 1];
    if (!y || y.year !== year) {
      y = years.find((x) => x.year === year);
      if (!y) {
        y = { year, months: [], count: 0 };
        years.push(y);
      }
    }
    let m = y.months.find((x) => x.key === monthKey);
    if (!m) {
      m = { key: monthKey, label: monthLabel, entries: [] };
      y.months.push(m);
      y.months.sort((a, b) => a.key.localeCompare(b.key));
    }
    const partOf = item.parent ? { id: item.parent, title: titles.get(item.parent) ?? item.parent } : null;
    const node = nodeOf(item, children, new Set());
    m.entries.push({ ...node, partOf });
    y.count += size(node);
  }
  return years;
}
