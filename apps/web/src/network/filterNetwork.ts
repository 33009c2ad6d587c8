import type { NetworkData, NetworkNode } from "./NetworkData";

/** An edge as drawn for a period: how many shared events fall in it. */
export interface VisibleEdge {
  source: NetworkNode;
  target: NetworkNode;
  count: number;
}

/** The graph for a period: edges weighted by the shared events in it, and the people with at least one. */
export interface VisibleNetwork {
  nodes: (NetworkNode & { degree: number; events: number })[];
  edges: VisibleEdge[];
}

/**
 * Keeps the shared events between two years (inclusive; null = open); undated events only when no period is set.
 * Pairs with as many shared events come in the order of their names in the graph's language.
 */
export function filterNetwork(data: NetworkData, from: number | null, to: number | null): VisibleNetwork {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const inPeriod = (year: number | null) =>
    year === null ? from === null && to === null : (from === null || year >= from) && (to === null || year <= to);
  const degree = new Map<string, number>();
  const events = new Map<string, number>();
  const edges: VisibleEdge[] = [];
  for (const e of data.edges) {
    const count = e.years.filter(inPeriod).length;
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (count === 0 || !source || !target) continue;
    edges.push({ source, target, count });
    for (const id of [e.source, e.target]) {
      degree.set(id, (degree.get(id) ?? 0) + 1);
      events.set(id, (events.get(id) ?? 0) + count);
    }
  }
  const collator = new Intl.Collator(data.language);
  edges.sort(
    (a, b) =>
      b.count - a.count ||
      collator.compare(a.source.label, b.source.label) ||
      collator.compare(a.target.label, b.target.label),
  );
  const nodes = data.nodes
    .filter((n) => degree.has(n.id))
    .map((n) => ({ ...n, degree: degree.get(n.id)!, events: events.get(n.id)! }));
  return { nodes, edges };
}
