import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { validateDataset } from "../../src/validate/validateDataset.js";
import { copyDataset, texts } from "./helpers.js";

/** Replaces the value at a random path of a JSON value with another value. */
function mutate(root: unknown, steps: number[], replacement: unknown): unknown {
  if (steps.length === 0 || root === null || typeof root !== "object") return replacement;
  const keys = Object.keys(root);
  if (keys.length === 0) return replacement;
  const key = keys[steps[0]! % keys.length]!;
  (root as Record<string, unknown>)[key] = mutate((root as Record<string, unknown>)[key], steps.slice(1), replacement);
  return root;
}

describe("validateDataset never throws", () => {
  test("on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value);
        return result.ok === false && result.issues.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  test("on objects with the dataset's keys holding arbitrary values", () => {
    const keys = Object.keys(copyDataset());
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()), (value) => {
        const result = validateDataset(value);
        return Array.isArray(result.issues);
      }),
      { numRuns: 300 },
    );
  });

  test("on the shipped dataset with a random value swapped in somewhere", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.oneof(fc.jsonValue(), fc.constant(undefined)),
        (steps, replacement) => {
          const data = mutate(copyDataset(), steps, replacement);
          const result = validateDataset(data, { texts });
          expect(Array.isArray(result.issues)).toBe(true);
          expect(result.ok).toBe(result.issues.length === 0);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("and reports every issue, not only the first", () => {
    const data = copyDataset() as unknown as { events: { date: string }[] };
    for (const event of data.events.slice(0, 3)) event.date = "not a date";
    const result = validateDataset(data, { texts });
    expect(result.issues.filter((i) => i.code === "shape.format").length).toBe(Math.min(3, data.events.length));
  });
});
