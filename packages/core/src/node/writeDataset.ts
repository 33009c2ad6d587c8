// The one way to write a dataset to disk: a single JSON file, or a data folder laid out like `packages/core/data`
// (`meta.json` and one file per kind of record). Every file or none, whatever instant the process or the machine
// stops: a data folder (or a file with source texts beside it) is written through a journal (`commitFiles`), so the
// next read or write finishes or undoes a write cut short (`recoverWrite`); a lone file is replaced by one rename.
import { mkdirSync, rmSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Dataset } from "../schema/Dataset.js";
import { commitFiles } from "./commitFiles.js";
import { splitDataset, toDatasetJson } from "./datasetLayout.js";
import { DATASET_TEXTS } from "./datasetTextsDir.js";
import { recoverWrite } from "./recoverWrite.js";
import { writeFileAtomic } from "./writeFileAtomic.js";
import { writeJournalPath } from "./WriteJournal.js";
import { FileProblemError } from "./FileProblem.js";

/** Options of `writeDataset`. */
export interface WriteDatasetOptions {
  /**
   * A single JSON file, or a data folder with one file per kind of record. By default a folder when `path` is an
   * existing folder, else a file.
   */
  layout?: "file" | "folder";
  /**
   * Source texts to keep with the dataset, by file name (a source's `textFile`): written into its own texts folder
   * (`datasetTextsDir`) in the same all-or-none write.
   */
  texts?: ReadonlyMap<string, string>;
}

/** A text's file name: one plain name, not hidden (`parley-article.txt`, not `../x` or `.x`). */
const TEXT_FILE = /^[^./\\\0][^/\\\0]*$/u;

/**
 * Writes a dataset to a JSON file or a data folder, atomically: afterwards every file is new, or, if it throws,
 * every file is as it was; if the process dies while writing, the next read or write makes it so. Files are JSON with
 * two-space indents and a final newline, as `packages/core/data` is. The dataset is written as given: validate it
 * first (`validateDataset`).
 */
export function writeDataset(path: string, dataset: Dataset, options: WriteDatasetOptions = {}): void {
  const layout = options.layout ?? (statSync(path, { throwIfNoEntry: false })?.isDirectory() ? "folder" : "file");
  const texts = [...(options.texts ?? [])];
  const bad = texts.find(([name]) => !TEXT_FILE.test(name));
  if (bad) throw new Error(`"${bad[0]}" is not a file name for a source text`);
  if (recoverWrite(path) === "under-way") throw new FileProblemError({ key: "write-under-way", path, journal: null });
  const textFiles = texts.map(([name, text]) => [`${DATASET_TEXTS}/${name}`, text] as const);
  if (layout === "file") {
    if (textFiles.length === 0) writeFileAtomic(path, toDatasetJson(dataset));
    else commitFiles(writeJournalPath(path, "file"), new Map([[basename(path), toDatasetJson(dataset)], ...textFiles]));
    return;
  }
  const dir = resolve(path);
  const created = mkdirSync(dir, { recursive: true });
  try {
    commitFiles(writeJournalPath(dir, "folder"), new Map([...splitDataset(dataset), ...textFiles]));
  } catch (error) {
    if (created !== undefined) rmSync(created, { recursive: true, force: true });
    throw error;
  }
}
