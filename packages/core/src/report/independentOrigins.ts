import type { Source } from "../schema/Source.js";

/**
 * The distinct newsrooms behind a set of cited sources. A page that republishes another source or a wire story
 * counts as its original (followed through chains of republication), so a VNA story reprinted by VietnamPlus and
 * SGGP is one origin, not three. Weak sources are left out: they do not make a fact independently confirmed.
 */
export function independentOrigins(
  sourceIds: Iterable<string>,
  sourcesById: ReadonlyMap<string, Pick<Source, "id" | "publisher" | "republishes" | "quality">>,
): Set<string> {
  const origins = new Set<string>();
  for (const id of sourceIds) {
    const source = sourcesById.get(id);
    if (!source || source.quality === "weak") continue;
    origins.add(originOf(source, sourcesById));
  }
  return origins;
}

/** Where a source's text comes from: the end of its republication chain, then its publisher, then the source itself. */
function originOf(
  source: Pick<Source, "id" | "publisher" | "republishes">,
  sourcesById: ReadonlyMap<string, Pick<Source, "id" | "publisher" | "republishes">>,
): string {
  const seen = new Set<string>();
  let current = source;
  while (current.republishes !== undefined) {
    // A loop of republications (invalid data) names one origin whichever member it is entered from.
    if (seen.has(current.id)) return `source:${[...seen].sort()[0]}`;
    seen.add(current.id);
    const original = sourcesById.get(current.republishes);
    // A republished organization (a wire service) is the origin; a republished source is followed further.
    if (!original) return `organization:${current.republishes}`;
    current = original;
  }
  return current.publisher !== null ? `organization:${current.publisher}` : `source:${current.id}`;
}
