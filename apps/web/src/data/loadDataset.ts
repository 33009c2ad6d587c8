import { deepFreeze, type Dataset } from "@parley/core";
import { dataset as shippedDataset } from "@parley/core/shipped";
import { readDataset, TEXTS_DIR_ENV } from "@parley/core/node";

/** The environment variable naming another dataset file (or data folder) to build the site from. */
export const DATASET_ENV = "PARLEY_DATASET";

/** A dataset file that could not be used, with one line saying why. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
}

/**
 * The dataset to build the site from: the file or data folder named by `PARLEY_DATASET`, read and validated by core's
 * `readDataset` exactly as the terminal does (source texts included), else the shipped dataset. Throws a
 * `DatasetLoadError` with a short, readable message when the file is unusable. Without a folder of source texts the
 * fragments cannot be checked: `warn` is told so in one line, and the build goes on, as the validator's notices say.
 */
export function loadDataset(
  env: Record<string, string | undefined> = process.env,
  warn: (line: string) => void = (line) => console.warn(line),
): Dataset {
  const path = env[DATASET_ENV];
  if (path === undefined || path === "") return shippedDataset;
  const read = readDataset(path);
  if (!read.ok) throw new DatasetLoadError(`${DATASET_ENV}: ${read.error}`);
  const result = read.validation!;
  if (!result.ok) {
    const shown = result.issues.slice(0, 5).map((i) => `  ${i.code} at ${i.path}: ${i.message}`);
    const more = result.issues.length > 5 ? [`  … and ${result.issues.length - 5} more`] : [];
    const count = `${result.issues.length} issue${result.issues.length === 1 ? "" : "s"}`;
    throw new DatasetLoadError(
      [`${DATASET_ENV}: ${path} is not a valid Parley dataset (${count}):`, ...shown, ...more].join("\n"),
    );
  }
  if (read.textsDir === null && read.ownTextsDir === null)
    warn(`${DATASET_ENV}: no folder of source texts (set ${TEXTS_DIR_ENV}); fragments in ${path} were not checked`);
  return deepFreeze(result.dataset);
}
