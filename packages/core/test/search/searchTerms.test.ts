import { describe, expect, test } from "vitest";
import { exactForm, searchTerms, tokenize } from "../../src/search/searchTerms.js";

describe("searchTerms", () => {
  test.each([
    ["Huệ", ["hue"]],
    ["Đình", ["dinh"]],
    ["Володин", ["володин", "volodin"]],
    ["Тхань", ["тхань", "tkhan"]],
    ["Слуцкий", ["слуцкии", "slutskiy"]],
    ["VOLODIN", ["volodin"]],
    ["", []],
  ])("%s is indexed as %j", (word, terms) => {
    expect(searchTerms(word)).toEqual(terms);
  });
});

describe("tokenize", () => {
  test("splits at spaces, punctuation and symbols", () => {
    expect(tokenize("Lee Jae-myung's visit: 10–13 Sept, $5 & more")).toEqual([
      "Lee",
      "Jae",
      "myung",
      "s",
      "visit",
      "10",
      "13",
      "Sept",
      "5",
      "more",
    ]);
  });
});

describe("exactForm", () => {
  test("lower-cases and keeps accents, composing them the same way", () => {
    expect(exactForm("Mẫn")).toBe("mẫn");
    expect(exactForm("Ma\u0302\u0303n")).toBe("mẫn");
  });
});
