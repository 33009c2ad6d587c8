// The one way to write a dataset to disk: a single JSON file, or a data folder laid out like `packages/core/data`
// (`meta.json` and one file per kind of record). Every file or none, whatever instant the process or the machine
// stops: a data folder is written through a journal (`commitFiles`), so the next read or write of the folder
// finishes or undoes a write cut short (`recoverWrite`); a single file is replaced by one rename.
import { mkdirSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Dataset } from "../schema/Dataset.js";
import { commitFiles } from "./commitFiles.js";
import { splitDataset, toDatasetJson } from "./datasetLayout.js";
import { recoverWrite } from "./recoverWrite.js";
import { writeFileAtomic } from "./writeFileAtomic.js";
import { writeJournalPath } from "./WriteJournal.js";

/** Options of `writeDataset`. */
export interface WriteDatasetOptions {
  /**
   * A single JSON file, or a data folder with one file per kind of record. By default a folder when `path` is an
   * existing folder, else a file.
   */
  layout?: "file" | "folder";
}

/**
 * Writes a dataset to a JSON file or a data folder, atomically: afterwards every file is new, or, if it throws,
 * every file is as it was; if the process dies while writing, the next read or write makes it so. Files are JSON with
 * two-space indents and a final newline, as `packages/core/data` is. The dataset is written as given: validate it
 * first (`validateDataset`).
 */
export function writeDataset(path: string, dataset: Dataset, options: WriteDatasetOptions = {}): void {
  const layout = options.layout ?? (statSync(path, { throwIfNoEntry: false })?.isDirectory() ? "folder" : "file");
  if (recoverWrite(path) === "under-way") throw new Error(`another write to ${path} is under way`);
  if (layout === "file") {
    writeFileAtomic(path, toDatasetJson(dataset));
    return;
  }
  const dir = resolve(path);
  const created = mkdirSync(dir, { recursive: true });
  try {
    commitFiles(writeJournalPath(dir, "folder"), splitDataset(dataset));
  } catch (error) {
    if (created !== undefined) rmSync(created, { recursive: true, force: true });
    throw error;
  }
}
