import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { search, searchIndex } from "../../src/search/shippedSearch.js";

const volodin = dataset.people.find((p) => p.nativeName?.name === "Вячеслав Володин");
const hue = dataset.people.find((p) => p.nativeName?.name === "Vương Đình Huệ");

describe("search over the shipped dataset", () => {
  test("the shared index is built once", () => {
    expect(searchIndex()).toBe(searchIndex());
  });

  test("a blank query returns nothing", () => {
    expect(search("  ")).toEqual([]);
  });

  test("the shipped dataset holds the two people these tests search for", () => {
    expect(volodin, "a person named Вячеслав Володин").toBeDefined();
    expect(hue, "a person named Vương Đình Huệ").toBeDefined();
  });

  test("Володин finds Vyacheslav Volodin", () => {
    expect(search("Володин")[0]).toMatchObject({ kind: "people", id: volodin!.id, matched: "Вячеслав Володин" });
    expect(search("volodn")[0]?.id).toBe(volodin!.id);
  });

  test("vuong dinh hue finds Vương Đình Huệ", () => {
    expect(search("vuong dinh hue")[0]?.id).toBe(hue!.id);
    expect(search("hue", { kinds: ["people"] })[0]?.id).toBe(hue!.id);
  });

  test("a person's events rank above the statements and terms of office that name them", () => {
    for (const name of ["volodin", "hue"]) {
      const hits = search(name, { limit: 100 });
      const firstOf = (kinds: string[]) => hits.findIndex((h) => kinds.includes(h.kind));
      expect(firstOf(["events"]), name).toBeGreaterThan(-1);
      expect(firstOf(["events"]), name).toBeLessThan(firstOf(["statements", "memberships", "disagreements"]));
    }
  });
});
