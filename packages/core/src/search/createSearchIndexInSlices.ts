import type { Dataset } from "../schema/Dataset.js";
import { runStepsInSlices, type SlicedBuildOptions } from "../steps/runStepsInSlices.js";
import { searchIndexSteps } from "./createSearchIndex.js";
import type { SearchIndex, SearchIndexOptions } from "./SearchIndex.js";

export type { SlicedBuildOptions } from "../steps/runStepsInSlices.js";

/**
 * Builds the same index as `createSearchIndex` (labelled in `options.language`), warmed, in slices that each hold the thread for only a few
 * milliseconds, so an interface stays responsive while it is built. For building in the background, e.g. after the
 * first frame; a script that needs the index at once should call `createSearchIndex`.
 */
export function createSearchIndexInSlices(
  dataset: Dataset,
  options: SlicedBuildOptions & SearchIndexOptions = {},
): Promise<SearchIndex> {
  return runStepsInSlices(searchIndexSteps(dataset, options), options);
}
