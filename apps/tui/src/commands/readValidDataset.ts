import type { Dataset, Language } from "@parley/core";
import { fileProblemMessage, readDataset, type ReadDataset } from "@parley/core/node";
import { UserError } from "../process/errors.js";
import { DatasetIssues } from "./context.js";

/** A dataset read from a file or data folder and validated, with what was read. */
export interface ValidDataset {
  read: ReadDataset;
  dataset: Dataset;
}

/**
 * Reads a dataset file or data folder with core's reader and validates it on every layer. A path that cannot be read
 * is a usage error (one line in the language, exit 2); a dataset with issues is reported grouped (exit 1).
 */
export function readValidDataset(path: string, language: Language): ValidDataset {
  const read = readDataset(path);
  if (!read.ok) throw new UserError(fileProblemMessage(read.problem, language));
  const validation = read.validation!;
  if (!validation.ok) throw new DatasetIssues(path, validation.issues);
  return { read, dataset: validation.dataset };
}
