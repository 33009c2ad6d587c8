import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { Steps } from "../../src/steps/runSteps.js";
import { runStepsInSlices } from "../../src/steps/runStepsInSlices.js";

/** Work of `count` steps, each keeping the thread busy for about `ms`. */
function* busySteps(count: number, ms: number): Steps<number> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    yield;
  }
  return count;
}

describe("runStepsInSlices", () => {
  test("lets input and output through between slices, even with two builds running at once", async () => {
    let builds = 0;
    const both = Promise.all([
      runStepsInSlices(busySteps(60, 4), { sliceMs: 8 }),
      runStepsInSlices(busySteps(60, 4), { sliceMs: 8 }),
    ]).then(() => builds++);
    // A file read completes on the loop's poll phase: it must not wait for both builds to end.
    const read = readFile(fileURLToPath(import.meta.url)).then(() => builds);
    expect(await read).toBe(0);
    await both;
    expect(builds).toBe(1);
  });

  test("returns the work's result", async () => {
    expect(await runStepsInSlices(busySteps(3, 0))).toBe(3);
  });
});
