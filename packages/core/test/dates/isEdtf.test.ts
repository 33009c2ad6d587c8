import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dateBounds, isEdtf } from "../../src/dates/dateBounds.js";

/** Text shaped like a plain day, with any digits (and now and then a character that is not one). */
const dayLike = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.constantFrom("", "", "", "a", "-", " ", "\u0660"),
    fc.nat({ max: 9 }),
  )
  .map(([y, m, d, odd, at]) => {
    const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    return odd === "" ? text : text.slice(0, at) + odd + text.slice(at + 1);
  });

describe("isEdtf", () => {
  test("answers exactly as dateBounds does for text shaped like a day", () => {
    fc.assert(
      fc.property(dayLike, (text) => {
        expect(isEdtf(text), text).toBe(dateBounds(text) !== null);
      }),
      { numRuns: 5000 },
    );
  });

  test("answers exactly as dateBounds does for any other text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9X./~?%-]{0,24}$/)), (text) => {
        expect(isEdtf(text), text).toBe(dateBounds(text) !== null);
      }),
      { numRuns: 3000 },
    );
  });

  test("accepts a leap day only in a leap year, by the same calendar dateBounds uses", () => {
    expect(isEdtf("2024-02-29")).toBe(true);
    expect(isEdtf("2023-02-29")).toBe(false);
    expect(isEdtf("2023-04-31")).toBe(false);
    for (const text of ["0000-02-29", "0004-02-29", "0100-02-29", "1900-02-29", "2000-02-29"])
      expect(isEdtf(text), text).toBe(dateBounds(text) !== null);
  });
});
