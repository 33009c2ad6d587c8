import { fillText } from "@/i18n/fillText";
import type { FilterOptions } from "./TimelineItem";
import type { TimelineText } from "./timelineText";

/** The timeline's filters, as kept in the URL query; every list matches any of its values. */
export interface TimelineFilters {
  /** First day, month or year (`2023`, `2023-10`, `2023-10-16`): events that may end on or after it. */
  from: string | null;
  /** Last day, month or year: events that may start on or before it. */
  to: string | null;
  kind: string[];
  status: string[];
  country: string[];
  person: string[];
  organization: string[];
  topic: string[];
}

/** The list filters, in the order they appear in the URL and the form. */
export const LIST_KEYS = ["kind", "person", "organization", "country", "topic", "status"] as const;
export type ListKey = (typeof LIST_KEYS)[number];

const OPTION_KEY: Record<ListKey, keyof Omit<FilterOptions, "years">> = {
  kind: "kinds",
  status: "statuses",
  country: "countries",
  person: "people",
  organization: "organizations",
  topic: "topics",
};

/** No filter at all. */
export const NO_FILTERS: TimelineFilters = {
  from: null,
  to: null,
  kind: [],
  status: [],
  country: [],
  person: [],
  organization: [],
  topic: [],
};

const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The first and last day a filter date covers (`2023` → 2023-01-01…2023-12-31), or null when it is not
 * a plain year, month or day. This reads what a reader types into the URL, not EDTF from the dataset.
 */
export function dayRange(text: string): { first: string; last: string } | null {
  const m = DAY.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (m[3] === undefined)
    return { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${String(lastDay).padStart(2, "0")}` };
  const day = Number(m[3]);
  if (day < 1 || day > lastDay) return null;
  return { first: text, last: text };
}

/** Whether any filter is set. */
export function hasFilters(filters: TimelineFilters): boolean {
  return filters.from !== null || filters.to !== null || LIST_KEYS.some((k) => filters[k].length > 0);
}

/**
 * Reads the filters from a URL query, keeping only values the options know.
 * Everything it cannot use comes back as a polite notice, in the page's language, instead of an error.
 */
export function parseTimelineQuery(
  search: string,
  options: FilterOptions,
  text: TimelineText["query"],
): { filters: TimelineFilters; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const filters: TimelineFilters = structuredClone(NO_FILTERS);
  for (const key of ["from", "to"] as const) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (dayRange(value)) filters[key] = value;
    else notices.push(fillText(text.badDate, { value, key }));
  }
  if (filters.from && filters.to && dayRange(filters.from)!.first > dayRange(filters.to)!.last) {
    notices.push(fillText(text.backwards, { from: filters.from, to: filters.to }));
  }
  for (const key of LIST_KEYS) {
    const known = new Set(options[OPTION_KEY[key]].map((o) => o.value));
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
    for (const value of new Set(values)) {
      if (known.has(value)) filters[key].push(value);
      else notices.push(fillText(text.unknown[key], { value }));
    }
  }
  return { filters, notices };
}

/** The URL query for a set of filters (`?kind=official-visit&person=vyacheslav-volodin&from=2023`), or "" for none. */
export function timelineQuery(filters: TimelineFilters): string {
  const params = new URLSearchParams();
  for (const key of LIST_KEYS) for (const value of filters[key]) params.append(key, value);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
