import { describe, expect, test } from "vitest";
import { termYears } from "../../src/dates/termYears.js";

describe("termYears", () => {
  test("gives the first and last year of a term after a space, from dates of any precision", () => {
    expect(termYears("2016-10-05", "2021-04")).toBe(" (2016–2021)");
  });

  test("leaves an open end open and a missing start empty", () => {
    expect(termYears("2016", undefined)).toBe(" (2016–)");
    expect(termYears(undefined, "2023-03-02")).toBe(" (–2023)");
  });

  test("says one year once, and nothing when neither end is known", () => {
    expect(termYears("2021-04-05", "2021-07")).toBe(" (2021)");
    expect(termYears(undefined, undefined)).toBe("");
  });
});
