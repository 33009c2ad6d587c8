import { deepFreeze } from "../deepFreeze.js";
import type { Event } from "../schema/Event.js";
import type { ParleyIndex } from "./buildIndex.js";
import type { Frozen } from "./Parley.js";

/** An event's parent event, or null. */
export function parentOf(index: ParleyIndex, eventId: string): Frozen<Event> | null {
  const p = index.eventPosition.get(eventId);
  const parent = p === undefined ? undefined : index.events[p]!.parent;
  const at = parent === undefined ? undefined : index.eventPosition.get(parent);
  return at === undefined ? null : (deepFreeze(index.events[at]!) as Frozen<Event>);
}
