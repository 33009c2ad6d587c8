import { AFTER_ALL, BEFORE_ALL, type Event } from "@parley/core";
import { eventBounds } from "../views/eventBounds.js";

/**
 * Events in the timeline's order (earliest possible day, then latest, then id: core's `compareDates`, ties by id),
 * without building core's indexes. For `parley events` without filters that need them; a test holds it to
 * `parley.timeline()`.
 */
export function eventsInDateOrder<E extends Pick<Event, "id" | "date">>(events: readonly E[]): E[] {
  const keyed = events.map((event) => {
    const b = eventBounds(event.date);
    return { event, id: event.id, earliest: b.earliest ?? BEFORE_ALL, latest: b.latest ?? AFTER_ALL };
  });
  keyed.sort((a, b) => {
    if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
    if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return keyed.map((k) => k.event);
}
