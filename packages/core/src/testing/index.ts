export { generateDataset } from "./generateDataset.js";
export type { GenerateDatasetOptions } from "./generateDataset.js";
export { createRandom } from "./createRandom.js";
export type { Random } from "./createRandom.js";
