import type { Language } from "@parley/core/search";
import { MONTHS } from "@/lib/monthNames";
import type { TimelineItem } from "./TimelineItem";
import type { TimelineText } from "./timelineText";

/** An event's title and, when it is not the page's, the language it is written in. */
export type TitleOf = Pick<TimelineItem, "title" | "titleLang">;

/** An event with the events within it (a trip's visits, a visit's meetings), to any depth. */
export interface TimelineNode {
  item: TimelineItem;
  children: TimelineNode[];
}

/** An event in the list with the child events (meetings of a visit) shown beneath it. */
export interface TimelineEntry extends TimelineNode {
  /** The parent's title when the parent itself is not in the list (a meeting shown on its own). */
  partOf: ({ id: string } & TitleOf) | null;
}

/** A month (or "month not known") within a year. */
export interface TimelineMonth {
  key: string;
  label: string;
  entries: TimelineEntry[];
}

/** A year of the timeline. */
export interface TimelineYear {
  /** The year ("2023"), or "undated" for events with no known day: stable in every language, for the heading's id. */
  key: string;
  /** The heading: the year, or "Date unknown" in the page's language. */
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
 * A month's heading in a language: "October 2023", "Tháng 10 năm 2023", "Октябрь 2023 г." (written by `Intl` here, not
 * by core's date formatter, which would bring the search entry into the timeline's bundle; with a capital letter).
 */
export function monthHeading(language: Language, year: string, month: string): string {
  if (language === "en") return `${MONTHS[Number(month) - 1]} ${year}`;
  const day = Date.UTC(Number(year), Number(month) - 1, 1);
  const text = Number.isNaN(day)
    ? `${year}-${month}`
    : new Intl.DateTimeFormat(language, { year: "numeric", month: "long", timeZone: "UTC" }).format(day);
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/**
 * Groups items by year and month of their earliest day, nesting each child under its parent when the parent is listed.
 * Events known only to the year go under "month not known"; undated ones under "Date unknown" (each in the language's
 * `words`). `titles` gives the title of a parent that is not itself in the list.
 */
export function groupTimeline(
  items: readonly TimelineItem[],
  titles: ReadonlyMap<string, TitleOf>,
  language: Language,
  words: TimelineText["groups"],
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
    const key = item.start ? item.start.slice(0, 4) : "undated";
    const monthKey = item.start && item.precision !== "year" ? item.start.slice(5, 7) : "00";
    const monthLabel =
      monthKey === "00" ? (item.start ? words.monthNotKnown : words.undated) : monthHeading(language, key, monthKey);
    let y = years[years.length - 1];
    if (!y || y.key !== key) {
      y = years.find((x) => x.key === key);
      if (!y) {
        y = { key, year: item.start ? key : words.dateUnknown, months: [], count: 0 };
        years.push(y);
      }
    }
    let m = y.months.find((x) => x.key === monthKey);
    if (!m) {
      m = { key: monthKey, label: monthLabel, entries: [] };
      y.months.push(m);
      y.months.sort((a, b) => a.key.localeCompare(b.key));
    }
    const parent = item.parent ? titles.get(item.parent) : undefined;
    const partOf = item.parent
      ? {
          id: item.parent,
          title: parent?.title ?? item.parent,
          ...(parent?.titleLang ? { titleLang: parent.titleLang } : {}),
        }
      : null;
    const node = nodeOf(item, children, new Set());
    m.entries.push({ ...node, partOf });
    y.count += size(node);
  }
  return years;
}
