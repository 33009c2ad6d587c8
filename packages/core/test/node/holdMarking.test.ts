import { afterEach, describe, expect, test } from "vitest";
import { holdMarking, markingHeld } from "../../src/node/holdMarking.js";

describe("holdMarking", () => {
  const releases: (() => void)[] = [];
  afterEach(() => {
    for (const release of releases.splice(0)) release();
  });

  test("holds marking until its release is called", () => {
    expect(markingHeld()).toBe(false);
    const release = holdMarking();
    releases.push(release);
    expect(markingHeld()).toBe(true);
    release();
    expect(markingHeld()).toBe(false);
  });

  test("nested holds keep marking held until the last is released", () => {
    const outer = holdMarking();
    const inner = holdMarking();
    releases.push(outer, inner);
    inner();
    expect(markingHeld()).toBe(true);
    outer();
    expect(markingHeld()).toBe(false);
  });

  test("a release called twice counts once", () => {
    const outer = holdMarking();
    const inner = holdMarking();
    releases.push(outer, inner);
    inner();
    inner();
    expect(markingHeld()).toBe(true);
    outer();
    expect(markingHeld()).toBe(false);
  });
});
