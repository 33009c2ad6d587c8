import { createSearchIndex, type Dataset, type SerializedSearchIndex } from "@parley/core";

/** What the browser downloads on first search: the prebuilt index, which holds every label and date a result shows. */
export type SearchPayload = SerializedSearchIndex;

/** Builds the search download at build time. */
export function searchPayload(dataset: Dataset): SearchPayload {
  return createSearchIndex(dataset).toJSON();
}
