import { deepFreeze } from "../deepFreeze.js";
import type { Event } from "../schema/Event.js";
import type { ParleyIndex, Positions } from "./buildIndex.js";
import type { Frozen } from "./Parley.js";

/** The empty answer, shared. */
export const EMPTY: readonly never[] = Object.freeze([]);

/** Freezes a list of records and the records in it (a record frozen before is not walked again). */
export function frozenList<T>(list: readonly T[]): readonly Frozen<T>[] {
  return deepFreeze(list) as readonly Frozen<T>[];
}

/** The events at these positions of the index's date order, frozen. */
export function eventsAt(index: ParleyIndex, positions: Positions): readonly Frozen<Event>[] {
  return Object.freeze(positions.map((p) => deepFreeze(index.events[p]!) as Frozen<Event>));
}
