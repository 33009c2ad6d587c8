import type { Dataset } from "../schema/Dataset.js";
import { runStepsInSlices, type SlicedBuildOptions } from "../steps/runStepsInSlices.js";
import { buildIndexSteps } from "./buildIndex.js";
import { createParleyWith } from "./createParley.js";
import type { Parley } from "./Parley.js";

/**
 * Builds the same `Parley` as `createParley`, with its indexes built in slices that each hold the thread for only a
 * few milliseconds (the sort of all events by date is one slice), so an interface stays responsive meanwhile. For
 * building in the background, e.g. after the first frame; a script that needs the queries at once should call
 * `createParley`.
 */
export async function createParleyInSlices(dataset: Dataset, options: SlicedBuildOptions = {}): Promise<Parley> {
  return createParleyWith(dataset, await runStepsInSlices(buildIndexSteps(dataset), options));
}
