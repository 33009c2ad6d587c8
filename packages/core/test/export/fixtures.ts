import type { ExportFile } from "../../src/export/exportFiles.js";
import type { Dataset } from "../../src/schema/Dataset.js";
import { generateDataset } from "../../src/testing/index.js";

/** A small synthetic dataset, copied so a test may change it freely. */
export function smallDataset(events = 120, seed = 11): Dataset {
  return structuredClone(generateDataset({ events, seed }));
}

/** The text of the export file at `path`; throws when it is missing or holds bytes (Parquet). */
export function exportText(files: readonly ExportFile[], path: string): string {
  const content = files.find((f) => f.path === path)?.content;
  if (typeof content !== "string") throw new Error(`no text export file ${path}`);
  return content;
}
