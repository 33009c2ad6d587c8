import { deepFreeze } from "../deepFreeze.js";
import type { Event } from "../schema/Event.js";
import type { Person } from "../schema/Person.js";
import type { ParleyIndex, Positions } from "./buildIndex.js";
import { compareText } from "./compareText.js";
import { labelFor } from "./labelFor.js";
import type { Counterpart, Frozen } from "./Parley.js";
import { peopleAt } from "./peopleAt.js";

/** Who a person met at the events given (their own events), most frequent first, then by name. */
export function counterpartsAmong(index: ParleyIndex, personId: string, positions: Positions): readonly Counterpart[] {
  const met = new Map<string, Event[]>();
  for (const p of positions) {
    const event = index.events[p]!;
    for (const other of peopleAt(event)) {
      if (other === personId) continue;
      const list = met.get(other);
      if (list) list.push(event);
      else met.set(other, [event]);
    }
  }
  const out: Counterpart[] = [];
  for (const [id, events] of met) {
    const person = index.byId.get(id);
    if (person?.kind !== "people") continue;
    out.push({ person: person.record as Frozen<Person>, count: events.length, events: events as Frozen<Event>[] });
  }
  out.sort(
    (a, b) =>
      b.count - a.count ||
      compareText(labelFor(index, a.person.id), labelFor(index, b.person.id)) ||
      compareText(a.person.id, b.person.id),
  );
  return deepFreeze(out);
}
