import { dateBounds } from "../dates/dateBounds.js";
import { dayNumber } from "./days.js";
import type { GeneratorContext } from "./GeneratorContext.js";

/**
 * Fills the citation lists left open while records were made: each cites the first source published on or after its
 * day, else any source.
 */
export function fillCitations(ctx: GeneratorContext): void {
  const { rng, data } = ctx;
  if (data.sources.length === 0) throw new Error("generateDataset: no sources were made, so nothing can be cited");
  const dated = data.sources
    .map((source) => ({ id: source.id, day: source.published ? dateBounds(source.published)?.earliest : null }))
    .filter((s): s is { id: string; day: string } => typeof s.day === "string")
    .map((s) => ({ id: s.id, day: dayNumber(s.day) }))
    .sort((a, b) => a.day - b.day);
  for (const { list, day } of ctx.pending) {
    let id: string;
    if (day === null || dated.length === 0) id = rng.pick(data.sources).id;
    else {
      let lo = 0;
      let hi = dated.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (dated[mid]!.day >= day) hi = mid;
        else lo = mid + 1;
      }
      id = dated[lo]!.id;
    }
    list.push({ source: id });
  }
  ctx.pending.length = 0;
}
