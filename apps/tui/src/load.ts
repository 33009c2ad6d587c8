import { createParley, dataset as shipped, type Dataset, type Parley, type ValidationIssue, type ValidationNotice } from "@parley/core";
import { validateDatasetFile } from "@parley/core/node";

/** A dataset ready to browse, or why it is not. */
export type LoadResult =
  | { ok: true; dataset: Dataset; parley: Parley; origin: string; notices: readonly ValidationNotice[] }
  | { ok: false; reason: "unreadable"; origin: string; message: string }
  | { ok: false; reason: "invalid"; origin: string; issues: readonly ValidationIssue[] };

/** The shipped dataset, or the file given with `--data`, validated first by core's validator; never throws for a bad file. */
export function loadDataset(file: string | undefined): LoadResult {
  if (file === undefined) {
    return { ok: true, dataset: shipped, parley: createParley(shipped), origin: "the shipped dataset", notices: [] };
  }
  const checked = validateDatasetFile(file);
  if (!checked.ok) return { ok: false, reason: "unreadable", origin: file, message: checked.error };
  const { result } = checked;
  if (!result.ok) return { ok: false, reason: "invalid", origin: file, issues: result.issues };
  return { ok: true, dataset: result.dataset, parley: createParley(result.dataset), origin: file, notices: result.notices };
}
