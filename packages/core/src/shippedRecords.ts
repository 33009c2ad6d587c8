import { rawDataset } from "./rawDataset.js";
import type { Dataset } from "./schema/Dataset.js";
import { checkShape } from "./validate/checkShape.js";

/**
 * The shipped data as the schema reads it (defaults filled in), not yet frozen. Run from source it is shape-checked
 * here, on a copy so the stored data stays as stored; the package build replaces this module with the result of the
 * same check made once at build time (`scripts/embedShippedRecords.ts`), so importing the package skips it.
 */
export function shippedRecords(): Dataset {
  // The validator's shape layer (its fast parser, with zod deciding anything it is unsure of) gives zod's result in
  // about half the time.
  const shape = checkShape(structuredClone(rawDataset));
  if ("fatal" in shape || shape.issues.length > 0)
    throw new Error(
      "@parley/core: the shipped dataset does not match the schema; run `pnpm report` in the repository for details",
    );
  return shape.partial;
}
