import { nameIn, type Language, type Parley, type Person } from "@parley/core";
import type { NetworkData, NetworkNode } from "./NetworkData";
import { layoutNetwork } from "./layoutNetwork";

const WIDTH = 960;
const MIN_HEIGHT = 420;
const MAX_HEIGHT = 760;

/**
 * The who-met-whom graph of the whole dataset (core's `network()`), laid out once at build time, with each shared
 * event's year and every name in a language. The layout does not depend on the language, so every site draws the same
 * picture.
 */
export function buildNetworkData(parley: Parley, language: Language): NetworkData {
  const network = parley.network();
  const nodes = [...network.nodes].sort((a, b) => b.degree - a.degree || a.person.id.localeCompare(b.person.id));
  const yearOf = (eventId: string): number | null => {
    const day = parley.boundsOf(eventId)?.earliest;
    return day ? Number(day.slice(0, 4)) : null;
  };
  const edges = network.edges.map((e) => ({ source: e.source, target: e.target, years: e.events.map(yearOf) }));
  const { height, positions } = layoutNetwork(
    nodes.map((n) => n.person.id),
    edges.map((e) => ({ source: e.source, target: e.target, weight: e.years.length })),
    { width: WIDTH, minHeight: MIN_HEIGHT, maxHeight: MAX_HEIGHT, padding: 48 },
  );
  const placed: NetworkNode[] = nodes.map((n) => {
    const at = positions.get(n.person.id) ?? { x: WIDTH / 2, y: height / 2 };
    const nationality = n.person.nationality;
    const side = nationality.includes("vn") ? "vn" : nationality.includes("ru") ? "ru" : "other";
    // Core's `Named` does not yet accept a frozen record (its citations are readonly); the cast only drops `readonly`.
    const name = nameIn(n.person as Person, language);
    return {
      id: n.person.id,
      label: name.text,
      ...(name.lang === language ? {} : { labelLang: name.lang }),
      side,
      x: at.x,
      y: at.y,
    };
  });
  const years = edges.flatMap((e) => e.years.filter((y): y is number => y !== null));
  return {
    language,
    width: WIDTH,
    height,
    nodes: placed,
    edges,
    years: years.length === 0 ? null : [years.reduce((a, b) => Math.min(a, b)), years.reduce((a, b) => Math.max(a, b))],
  };
}
