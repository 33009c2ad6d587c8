import { describe, expect, test } from "vitest";
import { paginate } from "@/lib/paginate";

describe("paginate", () => {
  const items = Array.from({ length: 250 }, (_, i) => i);

  test("cuts a list into pages of the given size, the last one shorter", () => {
    expect(paginate(items, 1, 100)).toEqual({ items: items.slice(0, 100), pages: 3 });
    expect(paginate(items, 3, 100)?.items).toEqual(items.slice(200));
  });

  test("has no page outside the list, nor a page that is not a whole number", () => {
    expect(paginate(items, 0, 100)).toBeNull();
    expect(paginate(items, 4, 100)).toBeNull();
    expect(paginate(items, 1.5, 100)).toBeNull();
    expect(paginate(items, Number.NaN, 100)).toBeNull();
  });

  test("gives an empty list one empty page", () => {
    expect(paginate([], 1, 100)).toEqual({ items: [], pages: 1 });
  });
});
