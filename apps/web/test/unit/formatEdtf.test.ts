import { describe, expect, test } from "vitest";
import { dateTimeAttribute, formatEdtf } from "@/lib/formatEdtf";

describe("formatEdtf", () => {
  test("a day reads as day, month and year", () => {
    expect(formatEdtf("2023-10-16")).toBe("16 October 2023");
  });
  test("a month keeps month precision and invents no day", () => {
    expect(formatEdtf("2023-10")).toBe("October 2023");
  });
  test("a year stays a year", () => {
    expect(formatEdtf("2023")).toBe("2023");
  });
  test("a span within one month names the month once", () => {
    expect(formatEdtf("2023-10-15/2023-10-16")).toBe("15–16 October 2023");
  });
  test("a span across months names both months and the year once", () => {
    expect(formatEdtf("2025-09-30/2025-10-02")).toBe("30 September – 2 October 2025");
  });
  test("a span across years names both years", () => {
    expect(formatEdtf("2018-12-31/2019-01-02")).toBe("31 December 2018 – 2 January 2019");
  });
  test("a span of months reads as a month range", () => {
    expect(formatEdtf("2023-10/2023-12")).toBe("October–December 2023");
  });
  test("ends of different precision keep their own precision", () => {
    expect(formatEdtf("2023-10-15/2023-11")).toBe("15 October 2023 – November 2023");
  });
  test("an approximate year is marked with a tilde", () => {
    expect(formatEdtf("2023~")).toBe("~2023");
  });
  test("an uncertain month is marked with a question mark", () => {
    expect(formatEdtf("2023-10?")).toBe("October 2023?");
  });
  test("an open start reads as on or before", () => {
    expect(formatEdtf("../2025-09-28")).toBe("on or before 28 September 2025");
  });
  test("an open end reads as on or after", () => {
    expect(formatEdtf("2023-10-15/..")).toBe("on or after 15 October 2023");
  });
  test("an unspecified day is shown at month precision", () => {
    expect(formatEdtf("2023-10-XX")).toBe("October 2023");
  });
  test("a missing date reads as unknown, and text that is not a date is never guessed", () => {
    expect(formatEdtf(null)).toBe("unknown");
    expect(formatEdtf("sometime")).toBe("unknown date (sometime)");
  });
});

describe("dateTimeAttribute", () => {
  test("gives a valid HTML date at the date's precision", () => {
    expect(dateTimeAttribute("2023-10-16")).toBe("2023-10-16");
    expect(dateTimeAttribute("2023-10")).toBe("2023-10");
    expect(dateTimeAttribute("2023")).toBe("2023");
    expect(dateTimeAttribute("2023-10-15/2023-10-16")).toBe("2023-10-15");
    expect(dateTimeAttribute("nonsense")).toBeUndefined();
  });
});
