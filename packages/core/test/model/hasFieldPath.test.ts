import { describe, expect, test } from "vitest";
import { hasFieldPath } from "../../src/model/hasFieldPath.js";

describe("hasFieldPath", () => {
  test("names a record's own fields, through optional, defaulted and list wrappers", () => {
    expect(hasFieldPath("events", "date")).toBe(true);
    expect(hasFieldPath("events", "participants.posts")).toBe(true);
    expect(hasFieldPath("events", "earlierPlans.reason")).toBe(true);
    expect(hasFieldPath("people", "birth.place")).toBe(true);
    expect(hasFieldPath("people", "otherNames")).toBe(true);
  });

  test("refuses a field the kind does not have, a field inside a plain value, and inherited names", () => {
    expect(hasFieldPath("events", "birth")).toBe(false);
    expect(hasFieldPath("people", "date")).toBe(false);
    expect(hasFieldPath("events", "date.year")).toBe(false);
    expect(hasFieldPath("events", "participants.nickname")).toBe(false);
    expect(hasFieldPath("events", "constructor")).toBe(false);
  });
});
