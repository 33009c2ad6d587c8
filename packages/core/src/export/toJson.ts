import type { DeepReadonly } from "../deepFreeze.js";
import { Dataset } from "../schema/Dataset.js";

/**
 * The whole dataset as JSON text (two-space indented, ending in a newline): `version`, `citation`
 * (how to cite this release) and `license` first, then one array per kind in schema order.
 * It contains nothing the schema does not define, so `validateDataset` reads it back to the same data.
 */
export function toJson(dataset: DeepReadonly<Dataset>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(Dataset.shape)) ordered[key] = (dataset as Record<string, unknown>)[key];
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
