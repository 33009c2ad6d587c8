import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { dateBounds } from "../../src/dates/dateBounds.js";
import { plainDateBounds } from "../../src/dates/readDateBounds.js";

/** Every date string in a value, found under keys that hold dates. */
function datesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) datesIn(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === "string" && /^(date|start|end|published|firstSeen|lastSeen|accessed)$/.test(key))
        found.add(child);
      else datesIn(child, found);
    }
  }
  return found;
}

describe("plainDateBounds", () => {
  test("reads every plain date of the shipped dataset exactly as dateBounds does", () => {
    const dates = [...datesIn(dataset)];
    expect(dates.length).toBeGreaterThan(100);
    for (const date of dates) {
      const plain = plainDateBounds(date);
      if (plain !== null) expect(plain, date).toEqual(dateBounds(date));
      else
        expect(
          /^\d{4}(-\d{2}){0,2}[~?%]?(\/(\d{4}(-\d{2}){0,2}[~?%]?|\.\.)?)?$/.test(date),
          `${date} is plain but was not read`,
        ).toBe(false);
    }
  });

  test("reads years, months, days, qualifiers and open intervals", () => {
    expect(plainDateBounds("2023-10")).toMatchObject({
      earliest: "2023-10-01",
      latest: "2023-10-31",
      precision: "month",
      interval: false,
    });
    expect(plainDateBounds("2023-10-15/2023-10-16")).toMatchObject({
      earliest: "2023-10-15",
      latest: "2023-10-16",
      precision: "day",
      interval: true,
    });
    expect(plainDateBounds("2024~")).toMatchObject({ precision: "year", approximate: true });
    expect(plainDateBounds("2024-07-18/..")).toMatchObject({ earliest: "2024-07-18", latest: null });
  });

  test("answers null for the forms that need the EDTF library, which dateBounds reads", () => {
    for (const rare of ["2023-10-XX", "202X"]) {
      expect(plainDateBounds(rare), rare).toBeNull();
      expect(dateBounds(rare), rare).not.toBeNull();
    }
    expect(plainDateBounds("not a date")).toBeNull();
  });
});
