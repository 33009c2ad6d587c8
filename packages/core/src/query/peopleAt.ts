import type { Event } from "../schema/Event.js";

/** The distinct people taking part in an event, in the order listed. */
export function peopleAt(event: Event): string[] {
  return [...new Set(event.participants.map((p) => p.person))];
}
