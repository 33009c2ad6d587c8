// The one way to write a dataset to disk: a single JSON file, or a data folder laid out like `packages/core/data`
// (`meta.json` and one file per kind of record). Every file or none: each new file is written beside its target and
// flushed, the files it replaces are kept under a second name (a hard link), and only then are the new files renamed
// over their targets. If anything fails, the files already renamed get their old contents back and the new files
// are removed, so every file is as it was. A crash of the whole machine between two renames is the one case this
// cannot undo; the old versions then remain beside their files as `.<name>.<pid>.<time>.backup`.
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Dataset } from "../schema/Dataset.js";
import { splitDataset, toDatasetJson } from "./datasetLayout.js";
import { besidePath, syncFolder, writeFileAtomic, writeFileSynced } from "./writeFileAtomic.js";

/** Options of `writeDataset`. */
export interface WriteDatasetOptions {
  /**
   * A single JSON file, or a data folder with one file per kind of record. By default a folder when `path` is an
   * existing folder, else a file.
   */
  layout?: "file" | "folder";
}

interface Replacement {
  target: string;
  temp: string;
  backup: string | null;
  renamed: boolean;
}

/** Keeps the current contents of `target` under `backup` (a hard link, else a copy); false when there is no target. */
function keep(target: string, backup: string): boolean {
  if (!existsSync(target)) return false;
  try {
    linkSync(target, backup);
  } catch {
    copyFileSync(target, backup);
  }
  return true;
}

/** Puts every renamed file back as it was and removes what this write left beside them; throws if it cannot. */
function undo(replacements: readonly Replacement[]): void {
  const failures: string[] = [];
  for (const r of replacements) {
    try {
      if (r.renamed) {
        if (r.backup !== null) renameSync(r.backup, r.target);
        else rmSync(r.target, { force: true });
      }
      rmSync(r.temp, { force: true });
      if (r.backup !== null && !r.renamed) rmSync(r.backup, { force: true });
    } catch (error) {
      failures.push(`${r.target} (${(error as Error).message})`);
    }
  }
  if (failures.length > 0)
    throw new Error(`could not restore ${failures.join(", ")}; the old versions are beside them`);
}

/** Writes files into `dir` all or none (see the module comment). */
function replaceAll(dir: string, files: ReadonlyMap<string, string>): void {
  const replacements: Replacement[] = [];
  try {
    for (const [name, content] of files) {
      const target = join(dir, name);
      const replacement: Replacement = { target, temp: besidePath(target, "tmp"), backup: null, renamed: false };
      replacements.push(replacement);
      writeFileSynced(replacement.temp, content);
    }
    for (const r of replacements) {
      const backup = besidePath(r.target, "backup");
      if (keep(r.target, backup)) r.backup = backup;
    }
    for (const r of replacements) {
      renameSync(r.temp, r.target);
      r.renamed = true;
    }
  } catch (error) {
    let undone: Error | null = null;
    try {
      undo(replacements);
    } catch (undoError) {
      undone = undoError as Error;
    }
    if (undone === null) throw error;
    throw new Error(`${(error as Error).message}; and ${undone.message}`, { cause: error });
  }
  syncFolder(dir);
  for (const r of replacements) if (r.backup !== null) rmSync(r.backup, { force: true });
}

/**
 * Writes a dataset to a JSON file or a data folder, atomically: afterwards every file is new, or, if it throws,
 * every file is as it was. Files are JSON with two-space indents and a final newline, as `packages/core/data` is.
 * The dataset is written as given: validate it first (`validateDataset`).
 */
export function writeDataset(path: string, dataset: Dataset, options: WriteDatasetOptions = {}): void {
  const layout = options.layout ?? (statSync(path, { throwIfNoEntry: false })?.isDirectory() ? "folder" : "file");
  if (layout === "file") {
    writeFileAtomic(path, toDatasetJson(dataset));
    return;
  }
  const dir = resolve(path);
  const created = mkdirSync(dir, { recursive: true });
  try {
    replaceAll(dir, splitDataset(dataset));
  } catch (error) {
    if (created !== undefined) rmSync(created, { recursive: true, force: true });
    throw error;
  }
}
