// How a dataset is laid out as a data folder, as `packages/core/data` is: `meta.json` holds the fields that are not
// lists of records (version, citation, licence), and each kind of record has a file of its own (`people.json`, …).
// One record per entity in diff-friendly files, so a curator's change shows as a small diff.
import { Dataset } from "../schema/Dataset.js";

/** The file of a data folder that holds the fields that are not lists of records. */
export const META_FILE = "meta.json";

/** The dataset's fields that are lists of records, each stored as `<field>.json` in a data folder, in schema order. */
export const collectionFields: readonly string[] = Object.freeze(
  Object.entries(Dataset.shape)
    .filter(
      ([, schema]) => schema.type === "array" || (schema.type === "default" && schema.def.innerType.type === "array"),
    )
    .map(([key]) => key),
);

/** The names of the files of a data folder: `meta.json`, then one per kind of record. */
export function datasetFileNames(): string[] {
  return [META_FILE, ...collectionFields.map((field) => `${field}.json`)];
}

/** The dataset's JSON as stored in files: two-space indents and a final newline, as `packages/core/data` is written. */
export function toDatasetJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A dataset split into the files of a data folder (name → JSON text), `meta.json` first. */
export function splitDataset(dataset: Dataset): Map<string, string> {
  const meta: Record<string, unknown> = {};
  const files = new Map<string, string>([[META_FILE, ""]]);
  for (const [key, value] of Object.entries(dataset)) {
    if (collectionFields.includes(key)) files.set(`${key}.json`, toDatasetJson(value));
    else meta[key] = value;
  }
  files.set(META_FILE, toDatasetJson(meta));
  return files;
}
