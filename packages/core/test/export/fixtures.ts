import type { Dataset } from "../../src/schema/Dataset.js";
import { generateDataset } from "../../src/testing/index.js";

/** A small synthetic dataset, copied so a test may change it freely. */
export function smallDataset(events = 120, seed = 11): Dataset {
  return structuredClone(generateDataset({ events, seed }));
}
