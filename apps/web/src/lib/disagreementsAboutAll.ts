import type { Disagreement, Frozen, Parley } from "@parley/core";

/** The disagreements about any of several records (a person and their terms of office), each once, in the order found. */
export function disagreementsAboutAll(parley: Parley, ids: readonly string[]): Frozen<Disagreement>[] {
  const seen = new Map<string, Frozen<Disagreement>>();
  for (const id of ids) for (const d of parley.disagreementsAbout(id)) if (!seen.has(d.id)) seen.set(d.id, d);
  return [...seen.values()];
}
