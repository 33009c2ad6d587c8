import { dateBounds } from "../dates/dateBounds.js";
import { AFTER_ALL, BEFORE_ALL } from "../dates/termSpan.js";
import type { Event } from "../schema/Event.js";

/** What the timeline sorts by: the earliest possible day, then the latest, then the id. */
export interface DateKey {
  earliest: string;
  latest: string;
  id: string;
}

/** The timeline's order: earliest possible day, then latest possible day, then id (open or unreadable ends sort as far as they can). */
export function compareDateKeys(a: DateKey, b: DateKey): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Events in the timeline's order (a new array), without building any index: for one-off listings of many events. */
export function eventsInDateOrder<E extends Pick<Event, "id" | "date">>(events: readonly E[]): E[] {
  const keyed = events.map((event) => {
    const b = dateBounds(event.date);
    return { event, id: event.id, earliest: b?.earliest ?? BEFORE_ALL, latest: b?.latest ?? AFTER_ALL };
  });
  keyed.sort(compareDateKeys);
  return keyed.map((k) => k.event);
}
