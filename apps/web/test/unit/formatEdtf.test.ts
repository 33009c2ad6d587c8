import { describe, expect, test } from "vitest";
import { dateTimeAttribute, formatEdtf } from "@/lib/formatEdtf";

describe("formatEdtf", () => {
  test("a day reads as day, month and year", () => {
    expect(formatEdtf("2023-10-16", "en")).toBe("16 October 2023");
  });
  test("a month keeps month precision and invents no day", () => {
    expect(formatEdtf("2023-10", "en")).toBe("October 2023");
  });
  test("a year stays a year", () => {
    expect(formatEdtf("2023", "en")).toBe("2023");
  });
  test("a span within one month names the month once", () => {
    expect(formatEdtf("2023-10-15/2023-10-16", "en")).toBe("15–16 October 2023");
  });
  test("a span across months names both months and the year once", () => {
    expect(formatEdtf("2025-09-30/2025-10-02", "en")).toBe("30 September – 2 October 2025");
  });
  test("a span across years names both years", () => {
    expect(formatEdtf("2018-12-31/2019-01-02", "en")).toBe("31 December 2018 – 2 January 2019");
  });
  test("a span of months reads as a month range", () => {
    expect(formatEdtf("2023-10/2023-12", "en")).toBe("October–December 2023");
  });
  test("ends of different precision keep their own precision", () => {
    expect(formatEdtf("2023-10-15/2023-11", "en")).toBe("15 October 2023 – November 2023");
  });
  test("an approximate year is marked with a tilde", () => {
    expect(formatEdtf("2023~", "en")).toBe("~2023");
  });
  test("an uncertain month is marked with a question mark", () => {
    expect(formatEdtf("2023-10?", "en")).toBe("October 2023?");
  });
  test("an open start reads as on or before", () => {
    expect(formatEdtf("../2025-09-28", "en")).toBe("on or before 28 September 2025");
  });
  test("an open end reads as on or after", () => {
    expect(formatEdtf("2023-10-15/..", "en")).toBe("on or after 15 October 2023");
  });
  test("an unspecified day is shown at month precision", () => {
    expect(formatEdtf("2023-10-XX", "en")).toBe("October 2023");
  });
  test("a missing date reads as unknown, and text that is not a date is never guessed", () => {
    expect(formatEdtf(null, "en")).toBe("unknown");
    expect(formatEdtf("sometime", "en")).toBe("unknown date (sometime)");
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

describe("formatEdtf in Vietnamese and Russian keeps the precision", () => {
  test("a month stays a month", () => {
    expect(formatEdtf("2023-10", "vi")).toBe("tháng 10 năm 2023");
    expect(formatEdtf("2023-10", "ru")).toBe("октябрь 2023 г.");
  });

  test("a span of days in one month is written once with both days", () => {
    expect(formatEdtf("2023-10-15/2023-10-16", "ru")).toBe("15–16 октября 2023 г.");
    expect(formatEdtf("2023-10-15/2023-10-16", "vi")).toMatch(/^15–16 tháng 10/);
  });

  test("a date known only from one side says so in the language", () => {
    expect(formatEdtf("../2025-09-28", "ru")).toBe("не позднее 28 сентября 2025 г.");
    expect(formatEdtf("../2025-09-28", "vi")).toMatch(/^vào hoặc trước 28 tháng 9/);
  });

  test("a year stays a year, and an approximate one says so", () => {
    expect(formatEdtf("2023~", "ru")).toBe("около 2023");
    expect(formatEdtf("2023", "vi")).toBe("2023");
  });
});
