import type { Event } from "../schema/Event.js";
import type { ParleyIndex, Positions } from "./buildIndex.js";
import { filterEvents } from "./filterEvents.js";
import { EMPTY, eventsAt } from "./frozenList.js";
import type { Frozen, TimelineFilters } from "./Parley.js";

/** The events an id is involved in, as one list to intersect: a person, organization, topic, place or country. */
function involving(index: ParleyIndex, id: string): Positions | null {
  switch (index.byId.get(id)?.kind) {
    case "people":
      return index.eventsByPerson.get(id) ?? EMPTY;
    case "organizations":
      return index.eventsByOrganization.get(id) ?? EMPTY;
    case "topics":
      return filterEvents(index, { topics: [id] });
    case "places":
      return filterEvents(index, { places: [id] });
    case "countries":
      return index.eventsByCountry.get(id) ?? EMPTY;
    default:
      return null;
  }
}

/** The events a person, organization, topic, place or country is involved in, filtered, in date order. */
export function eventsOf(index: ParleyIndex, id: string, filters?: TimelineFilters): readonly Frozen<Event>[] {
  const list = involving(index, id);
  if (list === null) return EMPTY;
  if (!filters) return eventsAt(index, list);
  return eventsAt(index, filterEvents(index, filters, [list]));
}
