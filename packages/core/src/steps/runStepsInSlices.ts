import type { Steps } from "./runSteps.js";

/** How long each slice of a build may hold the thread, and how to stop it. */
export interface SlicedBuildOptions {
  /** About how many milliseconds each slice works before giving the thread back (default 12). */
  sliceMs?: number;
  /** Stops the build between two slices; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Lets other tasks (keys, timers, rendering) run before the next slice. In Node.js that is `setImmediate`, which runs
 * after the loop has polled for input: two builds yielding with `setTimeout(0)` took turns in the timers phase and
 * kept the loop from reading input until both had ended (keys in the terminal app waited until then). Browsers, which
 * have no `setImmediate`, handle input between timer tasks.
 */
const nextTask: () => Promise<void> =
  typeof globalThis.setImmediate === "function"
    ? () => new Promise<void>((resolve) => globalThis.setImmediate(resolve))
    : () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
