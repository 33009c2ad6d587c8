/** Work done a piece at a time: each `yield` is a point where the work may pause, the return value is the result. */
export type Steps<T> = Generator<void, T, undefined>;

/** How many records, entries or terms a step handles before it offers to pause. */
export const STEP_SIZE = 256;

/** Does every step of some work at once and returns its result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
