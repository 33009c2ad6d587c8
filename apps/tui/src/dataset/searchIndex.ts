// The search index of an open dataset, built once: in the background after the first frame (in slices, so keys are
// handled meanwhile), or at once when a search comes first. Built from the dataset as loaded, never from
// `parley.dataset`, which would deep-freeze a large dataset whole first.
import { createSearchIndex, createSearchIndexInSlices, type Dataset, type SearchIndex } from "@parley/core";

/** The search index of one dataset, built on demand or in the background. */
export interface SearchIndexCache {
  /** Whether the index has been built. */
  readonly ready: boolean;
  /** The dataset the index is built from (for hits' labels in the reader's language). */
  dataset(): Dataset;
  /** The index, built at once if it is not yet (seconds at 100,000 events); throws what went wrong building it. */
  index(): SearchIndex;
  /**
   * The index, built and warmed: core builds the title and description halves on the first search that needs them,
   * which would otherwise land on the user's first keystroke.
   */
  warmed(): SearchIndex;
  /**
   * Builds and warms the index in the background, in slices that each hold the event loop for a few milliseconds. One
   * build, whoever asks first. Settles when the build has ended (then `ready` says whether it succeeded); never rejects.
   */
  prepareInBackground(): Promise<void>;
  /** Ends a background build between two of its slices (when the interface closes). */
  stop(): void;
}

/**
 * The search index of `dataset` (or of the dataset `dataset()` gives when first needed), built once; or, when `saved`
 * gives one (the shipped dataset's, saved at build time), loaded instead of built.
 */
export function createSearchIndexCache(
  of: Dataset | (() => Dataset),
  saved: () => SearchIndex | null = () => null,
): SearchIndexCache {
  let given: Dataset | undefined = typeof of === "function" ? undefined : of;
  const dataset = () => (given ??= (of as () => Dataset)());
  let index: SearchIndex | undefined;
  let triedSaved = false;
  const loadSaved = (): SearchIndex | undefined => {
    if (triedSaved) return undefined;
    triedSaved = true;
    return (index = saved() ?? undefined);
  };
  let warm = false;
  let building: { done: Promise<void>; stop: AbortController } | undefined;
  const cache: SearchIndexCache = {
    get ready() {
      return index !== undefined;
    },
    dataset,
    index() {
      return (index ??= loadSaved() ?? createSearchIndex(dataset()));
    },
    warmed() {
      const built = cache.index();
      if (!warm) {
        built.warm();
        warm = true;
      }
      return built;
    },
    prepareInBackground() {
      if (index ?? loadSaved()) return Promise.resolve();
      if (!building) {
        const stop = new AbortController();
        const done = createSearchIndexInSlices(dataset(), { signal: stop.signal }).then(
          (built) => {
            // A build at once that came first (`index()`) stays the one in use.
            if (!index) {
              index = built;
              warm = true;
            }
            building = undefined;
          },
          () => void (building = undefined),
        );
        building = { done, stop };
      }
      return building.done;
    },
    stop() {
      building?.stop.abort();
    },
  };
  return cache;
}
