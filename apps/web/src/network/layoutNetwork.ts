import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";

/** How many simulation steps the layout runs: fixed, so every build draws the same picture. */
export const LAYOUT_TICKS = 300;

interface Body extends SimulationNodeDatum {
  id: string;
}

/** A small seeded random source (LCG), so d3-force's tie-breaking jiggle is the same on every build. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/**
 * Places nodes with a force simulation run for a fixed number of ticks from fixed starting points (a spiral in the
 * given order) with a seeded random source, then fits them to the width, with the height their shape needs. Same input, same positions.
 */
export function layoutNetwork(
  ids: readonly string[],
  links: readonly { source: string; target: string; weight: number }[],
  box: { width: number; minHeight: number; maxHeight: number; padding: number },
  seed = 42,
): { height: number; positions: Map<string, { x: number; y: number }> } {
  const bodies: Body[] = ids.map((id, i) => {
    const angle = i * 2.399963229728653; // the golden angle
    const radius = 12 * Math.sqrt(i + 0.5);
    return { id, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const known = new Set(ids);
  const edges: SimulationLinkDatum<Body>[] = links
    .filter((l) => known.has(l.source) && known.has(l.target))
    .map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const simulation = forceSimulation<Body>(bodies)
    .randomSource(seededRandom(seed))
    .force(
      "link",
      forceLink<Body, SimulationLinkDatum<Body>>(edges)
        .id((d) => d.id)
        .distance(90)
        .strength((l) => Math.min(1, 0.2 + 0.1 * ((l as { weight?: number }).weight ?? 1))),
    )
    .force("charge", forceManyBody<Body>().strength(-320).distanceMax(500))
    .force("collide", forceCollide<Body>(28))
    // Gentle gravity keeps small groups that met no one else near the rest instead of drifting off.
    .force("x", forceX<Body>(0).strength(0.05))
    .force("y", forceY<Body>(0).strength(0.09))
    .force("center", forceCenter(0, 0))
    .stop();
  for (let i = 0; i < LAYOUT_TICKS; i++) simulation.tick();

  const xs = bodies.map((b) => b.x ?? 0);
  const ys = bodies.map((b) => b.y ?? 0);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 0);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 0);
  const spanX = Math.max(1, maxX - minX);
  const spanY = Math.max(1, maxY - minY);
  // Fit the width, and give the picture the height its shape needs, within limits.
  const byWidth = (box.width - 2 * box.padding) / spanX;
  const height = Math.round(Math.min(box.maxHeight, Math.max(box.minHeight, spanY * byWidth + 2 * box.padding)));
  const scale = Math.min(byWidth, (height - 2 * box.padding) / spanY);
  const offsetX = (box.width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const positions = new Map<string, { x: number; y: number }>();
  for (const b of bodies)
    positions.set(b.id, {
      x: Math.round(((b.x ?? 0) - minX) * scale + offsetX),
      y: Math.round(((b.y ?? 0) - minY) * scale + offsetY),
    });
  return { height, positions };
}
