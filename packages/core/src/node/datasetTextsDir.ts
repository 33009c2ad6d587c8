import { dirname, join, resolve } from "node:path";

/** The name of the folder in which a dataset keeps the texts of its own sources. */
export const DATASET_TEXTS = "texts";

/**
 * The folder of a dataset's own source texts, read before the shared folder (`findSourceTextsDir`): `texts/` inside a
 * data folder, or beside a single dataset file. It need not exist.
 */
export function datasetTextsDir(path: string, layout: "file" | "folder"): string {
  const full = resolve(path);
  return join(layout === "folder" ? full : dirname(full), DATASET_TEXTS);
}
