export { diffDatasets } from "./diffDatasets.js";
export type { DiffableDataset } from "./diffDatasets.js";
export type { DatasetDiff, FieldChange, RecordChange } from "./RecordChange.js";
