import { dataset as shippedDataset, deepFreeze, validateDataset, type Dataset } from "@parley/core";
import { readJsonFile } from "@parley/core/node";

/** The environment variable naming another dataset file to build the site from. */
export const DATASET_ENV = "PARLEY_DATASET";

/** A dataset file that could not be used, with one line saying why. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
}

/**
 * The dataset to build the site from: the file named by `PARLEY_DATASET` (read and validated first),
 * else the shipped dataset. Throws a `DatasetLoadError` with a short, readable message when the file is unusable.
 */
export function loadDataset(env: Record<string, string | undefined> = process.env): Dataset {
  const path = env[DATASET_ENV];
  if (path === undefined || path === "") return shippedDataset;
  const read = readJsonFile(path);
  if (!read.ok) throw new DatasetLoadError(`${DATASET_ENV}: ${read.error}`);
  const result = validateDataset(read.value);
  if (!result.ok) {
    const shown = result.issues.slice(0, 5).map((i) => `  ${i.code} at ${i.path}: ${i.message}`);
    const more = result.issues.length > 5 ? [`  … and ${result.issues.length - 5} more`] : [];
    throw new DatasetLoadError(
      [
        `${DATASET_ENV}: ${path} is not a valid Parley dataset (${result.issues.length} issue${result.issues.length === 1 ? "" : "s"}):`,
        ...shown,
        ...more,
      ].join("\n"),
    );
  }
  return deepFreeze(result.dataset);
}
