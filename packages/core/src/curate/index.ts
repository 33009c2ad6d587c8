export { diffDatasets } from "./diffDatasets.js";
export type { DiffableDataset } from "./diffDatasets.js";
export type { DatasetDiff, FieldChange, RecordChange } from "./RecordChange.js";
export { applyDraft } from "./applyDraft.js";
export type { ApplyOptions, ApplyResult } from "./applyDraft.js";
export type { ApplyIssue } from "./ApplyIssue.js";
export { applyChanges } from "./applyChanges.js";
