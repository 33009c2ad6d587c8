import type { Dataset } from "../schema/Dataset.js";
import { searchIndexSteps } from "./createSearchIndex.js";
import type { SearchIndex } from "./SearchIndex.js";

/** How long each slice of a build may hold the thread, and how to stop it. */
export interface SlicedBuildOptions {
  /** About how many milliseconds each slice works before giving the thread back (default 12). */
  sliceMs?: number;
  /** Stops the build between two slices; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Lets other tasks (keys, timers, rendering) run before the next slice. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Builds the same index as `createSearchIndex`, warmed, in slices that each hold the thread for only a few
 * milliseconds, so an interface stays responsive while it is built. For building in the background, e.g. after the
 * first frame; a script that needs the index at once should call `createSearchIndex`.
 */
export async function createSearchIndexInSlices(dataset: Dataset, options: SlicedBuildOptions = {}): Promise<SearchIndex> {
  const { sliceMs = 12, signal } = options;
  signal?.throwIfAborted();
  const steps = searchIndexSteps(dataset);
  for (;;) {
    const until = performance.now() + sliceMs;
    do {
      const next = steps.next();
      if (next.done) return next.value;
    } while (performance.now() < until);
    await nextTask();
    signal?.throwIfAborted();
  }
}
