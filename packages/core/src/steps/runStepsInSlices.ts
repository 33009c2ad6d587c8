import type { Steps } from "./runSteps.js";

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
 * Does the steps of some work in slices that each hold the thread for about `sliceMs`, giving it back between
 * them, and resolves with the work's result. The first slice runs at once, before this returns.
 */
export async function runStepsInSlices<T>(steps: Steps<T>, options: SlicedBuildOptions = {}): Promise<T> {
  const { sliceMs = 12, signal } = options;
  signal?.throwIfAborted();
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
