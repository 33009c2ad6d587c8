import { describe, expect, test } from "vitest";
import { listAction, opensSearch, type KeyPress } from "@/search/searchKeys";

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: { tagName: "BODY" },
  ...extra,
});

describe("opensSearch", () => {
  test("slash opens the search from the page", () => {
    expect(opensSearch(press("/"))).toBe(true);
  });
  test("slash typed into a text field stays in the field", () => {
    expect(opensSearch(press("/", { target: { tagName: "INPUT" } }))).toBe(false);
    expect(opensSearch(press("/", { target: { tagName: "DIV", isContentEditable: true } }))).toBe(false);
  });
  test("Ctrl-K and Command-K open the search anywhere", () => {
    expect(opensSearch(press("k", { ctrlKey: true, target: { tagName: "INPUT" } }))).toBe(true);
    expect(opensSearch(press("K", { metaKey: true }))).toBe(true);
  });
  test("other keys do nothing", () => {
    expect(opensSearch(press("k"))).toBe(false);
    expect(opensSearch(press("/", { altKey: true }))).toBe(false);
  });
});

describe("listAction", () => {
  test("down from no selection selects the first result, and wraps at the end", () => {
    expect(listAction("ArrowDown", -1, 3)).toEqual({ type: "move", index: 0 });
    expect(listAction("ArrowDown", 2, 3)).toEqual({ type: "move", index: 0 });
  });
  test("up from the first or no selection goes to the last result", () => {
    expect(listAction("ArrowUp", 0, 3)).toEqual({ type: "move", index: 2 });
    expect(listAction("ArrowUp", -1, 3)).toEqual({ type: "move", index: 2 });
  });
  test("enter opens the selected result, or the first when none is selected", () => {
    expect(listAction("Enter", 1, 3)).toEqual({ type: "open", index: 1 });
    expect(listAction("Enter", -1, 3)).toEqual({ type: "open", index: 0 });
  });
  test("with no results the arrows and enter do nothing, and escape still closes", () => {
    expect(listAction("ArrowDown", -1, 0)).toEqual({ type: "none" });
    expect(listAction("Enter", -1, 0)).toEqual({ type: "none" });
    expect(listAction("Escape", -1, 0)).toEqual({ type: "close" });
  });
});
