import type { Language } from "@parley/core";
import { diffDatasets } from "@parley/core/curate";
import { toJsonText, wantsColour, type Io } from "../process/io.js";
import { diffText } from "./diffText.js";
import { readValidDataset } from "./readValidDataset.js";

/** Options of `parley diff`. */
export interface DiffOptions {
  json?: boolean;
}

/**
 * `parley diff OLD NEW`: the record-level changes from one dataset (file or data folder) to another, for review and
 * release notes. Both are validated first. Exit 0 whether or not they differ.
 */
export function diffCommand(
  io: Io,
  oldPath: string,
  newPath: string,
  options: DiffOptions,
  language: Language,
): number {
  const before = readValidDataset(oldPath, language).dataset;
  const after = readValidDataset(newPath, language).dataset;
  const diff = diffDatasets(before, after);
  if (options.json) io.out(toJsonText({ old: oldPath, new: newPath, meta: diff.meta, changes: diff.records }, io));
  else io.out(diffText(diff, wantsColour(io.stdoutIsTTY), language));
  return 0;
}
