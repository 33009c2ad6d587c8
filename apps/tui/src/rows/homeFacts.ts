import { AFTER_ALL, BEFORE_ALL, recordKinds, type Event, type RecordKind } from "@parley/core";
import { eventBounds } from "./eventBounds.js";

/** An event as the home screen lists it: its title in every language it is translated into. */
export interface HomeEvent {
  id: string;
  date: string;
  title: string;
  translations?: Event["translations"];
}

/** What the home screen shows, worked out from the dataset alone (no indexes), so a large file's first frame does not wait for them. */
export interface HomeFacts {
  /** Records per kind. */
  counts: Record<RecordKind, number>;
  /** The earliest and latest possible days of any dated event (as core's `stats().dateRange`). */
  dateRange: { earliest: string | null; latest: string | null };
  /** The last events of the timeline, latest first (as the end of core's `timeline()`, reversed). */
  latest: HomeEvent[];
}

interface Keyed {
  event: HomeEvent;
  earliest: string;
  latest: string;
}

/** Whether `a` comes after `b` in the timeline (earliest possible day, then latest, then id). */
function after(a: Keyed, b: Keyed): boolean {
  if (a.earliest !== b.earliest) return a.earliest > b.earliest;
  if (a.latest !== b.latest) return a.latest > b.latest;
  return a.event.id > b.event.id;
}

/** The home screen's facts: counts, the span of event dates, and the `n` latest events, in one pass over the events. */
export function homeFactsOf(
  dataset: { readonly [K in RecordKind]: readonly unknown[] } & {
    readonly events: readonly Readonly<Pick<Event, "id" | "date" | "title" | "translations">>[];
  },
  n = 10,
): HomeFacts {
  const counts = Object.fromEntries(recordKinds.map((k) => [k, dataset[k].length])) as Record<RecordKind, number>;
  let earliest: string | null = null;
  let latest: string | null = null;
  // The n latest so far, latest first; a new event goes in only when it beats the last of them.
  const top: Keyed[] = [];
  for (const event of dataset.events) {
    const b = eventBounds(event.date);
    if (b.earliest !== null && (earliest === null || b.earliest < earliest)) earliest = b.earliest;
    if (b.latest !== null && (latest === null || b.latest > latest)) latest = b.latest;
    const keyed: Keyed = { event, earliest: b.earliest ?? BEFORE_ALL, latest: b.latest ?? AFTER_ALL };
    if (top.length === n && (n === 0 || !after(keyed, top[n - 1]!))) continue;
    let at = top.length;
    while (at > 0 && after(keyed, top[at - 1]!)) at--;
    top.splice(at, 0, keyed);
    if (top.length > n) top.pop();
  }
  return {
    counts,
    dateRange: { earliest, latest },
    latest: top.map(({ event: { id, date, title, translations } }) => ({
      id,
      date,
      title,
      ...(translations !== undefined ? { translations } : {}),
    })),
  };
}
