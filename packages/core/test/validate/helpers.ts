import { dataset } from "../../src/dataset.js";
import { findSourceTextsDir, loadSourceTexts } from "../../src/node/index.js";
import type { Dataset } from "../../src/schema/Dataset.js";
import { validateDataset, type ValidationResult } from "../../src/validate/validateDataset.js";

/** The texts of the two articles, read once (from `../shared/articles` or `$PARLEY_TEXTS_DIR`). */
export const texts = loadSourceTexts(dataset, findSourceTextsDir());

/**
 * Whether the article texts are here. CI always has them beside the clone; a clone elsewhere may not,
 * and then the checks that need them are skipped, as the validator itself does.
 */
export const textsAvailable = texts.size > 0 || process.env.CI === "true";

/** A deep, mutable copy of the shipped dataset. */
export function copyDataset(): Dataset {
  return structuredClone(dataset) as Dataset;
}

/** Validates a copy of the shipped dataset after one change. */
export function breakCopy(change: (data: Dataset) => void): ValidationResult {
  const data = copyDataset();
  change(data);
  return validateDataset(data, { texts });
}

/** Finds a record or fails the test with a message naming what was looked for. */
export function pick<T>(
  list: readonly T[],
  predicate: (item: T, index: number) => boolean,
  what: string,
): { item: T; index: number } {
  const index = list.findIndex(predicate);
  if (index === -1) throw new Error(`the shipped dataset has no ${what}`);
  return { item: list[index]!, index };
}
