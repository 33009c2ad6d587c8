import edtf from "edtf";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dateBounds, isEdtf } from "../../src/dates/dateBounds.js";

describe("dateBounds", () => {
  test("reads a day, a month and a year at their own precision", () => {
    expect(dateBounds("2023-10-16")).toMatchObject({
      earliest: "2023-10-16",
      latest: "2023-10-16",
      precision: "day",
      interval: false,
    });
    expect(dateBounds("2023-10")).toMatchObject({ earliest: "2023-10-01", latest: "2023-10-31", precision: "month" });
    expect(dateBounds("2024-02")).toMatchObject({ earliest: "2024-02-01", latest: "2024-02-29", precision: "month" });
    expect(dateBounds("2023")).toMatchObject({ earliest: "2023-01-01", latest: "2023-12-31", precision: "year" });
  });

  test("reads an interval as its outer bounds with the coarser precision", () => {
    expect(dateBounds("2023-10-15/2023-10-16")).toMatchObject({
      earliest: "2023-10-15",
      latest: "2023-10-16",
      precision: "day",
      interval: true,
    });
    expect(dateBounds("2019/2021-03")).toMatchObject({
      earliest: "2019-01-01",
      latest: "2021-03-31",
      precision: "year",
    });
  });

  test("keeps approximate and uncertain qualifiers", () => {
    expect(dateBounds("2023-10~")).toMatchObject({ approximate: true, uncertain: false, precision: "month" });
    expect(dateBounds("2023?")).toMatchObject({ approximate: false, uncertain: true });
    expect(dateBounds("2023-10-16%")).toMatchObject({ approximate: true, uncertain: true });
  });

  test("leaves an open or unknown end unbounded instead of inventing one", () => {
    expect(dateBounds("../2025-09-28")).toMatchObject({ earliest: null, latest: "2025-09-28" });
    expect(dateBounds("/2025-09-28")).toMatchObject({ earliest: null, latest: "2025-09-28" });
    expect(dateBounds("2025-09-28/..")).toMatchObject({ earliest: "2025-09-28", latest: null });
  });

  test("reads unspecified digits through the EDTF library at their real precision", () => {
    expect(dateBounds("2023-10-XX")).toMatchObject({
      earliest: "2023-10-01",
      latest: "2023-10-31",
      precision: "month",
    });
    expect(dateBounds("2023-XX")).toMatchObject({ earliest: "2023-01-01", latest: "2023-12-31", precision: "year" });
    expect(dateBounds("2023-XX-XX")).toMatchObject({ earliest: "2023-01-01", latest: "2023-12-31", precision: "year" });
  });

  test("rejects what is not an EDTF level 0/1 date", () => {
    for (const bad of [
      "",
      " 2023",
      "2023-13",
      "2023-02-30",
      "16/10/2023",
      "October 2023",
      "2023-10-16/2023-10-15",
      "../..",
      "2023/2024/2025",
    ]) {
      expect(dateBounds(bad), bad).toBeNull();
      expect(isEdtf(bad), bad).toBe(false);
    }
  });

  test("follows the Gregorian leap-year rule for centuries, also before the year 100", () => {
    expect(dateBounds("1900-02-29")).toBeNull();
    expect(dateBounds("2000-02-29")).toMatchObject({ earliest: "2000-02-29", precision: "day" });
    expect(dateBounds("2100-02")).toMatchObject({ latest: "2100-02-28" });
    expect(dateBounds("0004-02")).toMatchObject({ latest: "0004-02-29" });
    expect(dateBounds("0000-02")).toMatchObject({ latest: "0000-02-29" });
  });

  test("agrees with the EDTF library on every valid day, month and year, and rejects days that do not exist", () => {
    const ymd = fc.record({
      y: fc.integer({ min: 1000, max: 2999 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
      form: fc.constantFrom("y", "ym", "ymd"),
    });
    fc.assert(
      fc.property(ymd, ({ y, m, d, form }) => {
        const text =
          form === "y"
            ? `${y}`
            : form === "ym"
              ? `${y}-${String(m).padStart(2, "0")}`
              : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        let library: { min: number; max: number } | null;
        try {
          library = edtf(text) as { min: number; max: number };
        } catch {
          library = null;
        }
        const ours = dateBounds(text);
        // The library rolls some non-existent days over (1000-02-29 → 1000-03-01); those are not valid dates.
        if (library !== null && form === "ymd" && new Date(library.min).toISOString().slice(0, 10) !== text)
          library = null;
        if (library === null) return ours === null;
        return (
          ours !== null &&
          ours.earliest === new Date(library.min).toISOString().slice(0, 10) &&
          ours.latest === new Date(library.max).toISOString().slice(0, 10)
        );
      }),
      { numRuns: 2000 },
    );
  });
});
