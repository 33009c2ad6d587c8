import { describe, expect, test } from "vitest";
import { termCovers, termSpan } from "../../src/dates/termSpan.js";

describe("termSpan and termCovers", () => {
  const thuong = termSpan({ start: "2023-03-02", end: "2024-03-21" });

  test("a term certainly covers a day inside it", () => {
    expect(termCovers(thuong, "2023-10-16", "2023-10-16")).toBe("certain");
  });

  test("a term certainly covers its own last day, so a same-day handover is held by both", () => {
    expect(termCovers(thuong, "2024-03-21", "2024-03-21")).toBe("certain");
    expect(termCovers(termSpan({ start: "2024-03-21" }), "2024-03-21", "2024-03-21")).toBe("certain");
  });

  test("a month-precision date that straddles the end of a term is ambiguous, not wrong", () => {
    expect(termCovers(thuong, "2024-03-01", "2024-03-31")).toBe("ambiguous");
  });

  test("a date after the term ends is impossible", () => {
    expect(termCovers(thuong, "2024-04-01", "2024-04-30")).toBe("impossible");
  });

  test("a term with no recorded end counts as continuing", () => {
    expect(termCovers(termSpan({ start: "2024-10-21" }), "2025-09-29", "2025-09-29")).toBe("certain");
  });

  test("an unknown start is certain only from the first date a source shows the holder in post", () => {
    const span = termSpan({ firstSeen: "2021-08-13" });
    expect(termCovers(span, "2021-08-13", "2021-08-13")).toBe("certain");
    expect(termCovers(span, "2021-01-01", "2021-01-01")).toBe("ambiguous");
    expect(span.documentedFrom).toBe("2021-08-13");
  });
});
