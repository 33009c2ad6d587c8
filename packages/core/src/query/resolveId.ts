import type { ParleyIndex } from "./buildIndex.js";

/** The id of the live record an id stands for: the id itself when a record has it, else its redirect's, else null. */
export function resolveId(index: ParleyIndex, redirects: ReadonlyMap<string, string>, id: string): string | null {
  if (index.byId.has(id)) return id;
  const to = redirects.get(id);
  return to !== undefined && index.byId.has(to) ? to : null;
}
