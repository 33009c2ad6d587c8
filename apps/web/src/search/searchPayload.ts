import { createSearchIndex, type Dataset, type Language, type SerializedSearchIndex } from "@parley/core";

/**
 * What the browser downloads on first search: the prebuilt index of one language's site, which holds every label (in
 * that language) and date a result shows, and finds records by their names and titles in every language.
 */
export type SearchPayload = SerializedSearchIndex;

/** Builds a language's search download at build time. */
export function searchPayload(dataset: Dataset, language: Language): SearchPayload {
  return createSearchIndex(dataset, { language }).toJSON();
}
