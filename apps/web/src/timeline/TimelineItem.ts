import type { EventKind, EventStatus, Language, Precision } from "@parley/core";

/**
 * One event as the timeline needs it, in one language (its title, date and labels): small enough to ship every event
 * to the browser as one JSON file per language.
 */
export interface TimelineItem {
  id: string;
  /** The title in the items' language, or in English where it has no translation. */
  title: string;
  /** The language the title is written in, only when it is not the items' own (English standing in). */
  titleLang?: Language;
  /** The date in words at its true precision, in the items' language ("15–16 October 2023", "15–16 октября 2023 г."). */
  when: string;
  /** Earliest and latest possible days (`YYYY-MM-DD`), null when open or unknown. */
  start: string | null;
  end: string | null;
  precision: Precision | null;
  kind: EventKind;
  kindLabel: string;
  status: EventStatus;
  /** The status in words when the event did not simply take place ("Postponed"); labelled here, not in the browser. */
  statusNote?: string;
  /** The visit this event is part of. */
  parent: string | null;
  countries: string[];
  people: string[];
  /** Organizations involved and the series a session belongs to. */
  organizations: string[];
  /** Topics, with every broader topic added, so a filter on "energy" finds "oil and gas". */
  topics: string[];
}

/** One choice in a timeline filter. */
export interface FilterOption {
  value: string;
  label: string;
  /** How many events have it. */
  count: number;
}

/** The choices for every timeline filter, with labels. */
export interface FilterOptions {
  kinds: FilterOption[];
  statuses: FilterOption[];
  countries: FilterOption[];
  people: FilterOption[];
  organizations: FilterOption[];
  topics: FilterOption[];
  /** First and last years with events. */
  years: number[];
}
