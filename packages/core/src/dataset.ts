import { deepFreeze } from "./deepFreeze.js";
import { rawDataset } from "./rawDataset.js";
import { Dataset } from "./schema/Dataset.js";

function load(): Dataset {
  const parsed = Dataset.safeParse(rawDataset);
  if (!parsed.success) throw new Error("@parley/core: the shipped dataset does not match the schema; run `pnpm report` in the repository for details");
  return deepFreeze(parsed.data);
}

/** The shipped Vietnam–Russia dataset, validated in CI with zero issues, and frozen. */
export const dataset: Dataset = load();
