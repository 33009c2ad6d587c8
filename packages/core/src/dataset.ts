import { deepFreeze } from "./deepFreeze.js";
import type { Dataset } from "./schema/Dataset.js";
import { shippedRecords } from "./shippedRecords.js";

/** The shipped Vietnam–Russia dataset, validated in CI with zero issues, and frozen. */
export const dataset: Dataset = deepFreeze(shippedRecords());
