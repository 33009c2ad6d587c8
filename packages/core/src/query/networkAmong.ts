import { deepFreeze } from "../deepFreeze.js";
import type { Person } from "../schema/Person.js";
import type { ParleyIndex, Positions } from "./buildIndex.js";
import { compareText } from "./compareText.js";
import type { Frozen, Network } from "./Parley.js";
import { peopleAt } from "./peopleAt.js";

/** The who-met-whom network over the events given: one node per person, one weighted edge per pair that met. */
export function networkAmong(index: ParleyIndex, positions: Positions): Network {
  const edges = new Map<string, { source: string; target: string; count: number; events: string[] }>();
  const eventCount = new Map<string, number>();
  const neighbours = new Map<string, Set<string>>();
  for (const p of positions) {
    const event = index.events[p]!;
    const people = peopleAt(event)
      .filter((id) => index.byId.get(id)?.kind === "people")
      .sort();
    for (const id of people) {
      eventCount.set(id, (eventCount.get(id) ?? 0) + 1);
      if (!neighbours.has(id)) neighbours.set(id, new Set());
    }
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const source = people[i]!;
        const target = people[j]!;
        const key = `${source}\u0000${target}`;
        const edge = edges.get(key);
        if (edge) {
          edge.count++;
          edge.events.push(event.id);
        } else {
          edges.set(key, { source, target, count: 1, events: [event.id] });
          neighbours.get(source)!.add(target);
          neighbours.get(target)!.add(source);
        }
      }
    }
  }
  const nodes = [...eventCount].map(([id, events]) => ({
    person: index.byId.get(id)!.record as Frozen<Person>,
    degree: neighbours.get(id)!.size,
    events,
  }));
  nodes.sort((a, b) => b.degree - a.degree || b.events - a.events || compareText(a.person.id, b.person.id));
  const edgeList = [...edges.values()].sort(
    (a, b) => b.count - a.count || compareText(a.source, b.source) || compareText(a.target, b.target),
  );
  return deepFreeze({ nodes, edges: edgeList });
}
