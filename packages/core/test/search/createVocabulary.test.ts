import { describe, expect, test } from "vitest";
import { createVocabulary } from "../../src/search/createVocabulary.js";

describe("createVocabulary", () => {
  const vocabulary = createVocabulary(["volodin", "vuong", "hue", "volgograd", "hue"]);

  test("knows exactly the terms given", () => {
    expect(vocabulary.has("volodin")).toBe(true);
    expect(vocabulary.has("hue")).toBe(true);
    expect(vocabulary.has("volod")).toBe(false);
    expect(vocabulary.has("zzz")).toBe(false);
  });

  test("knows whether a prefix starts some term", () => {
    expect(vocabulary.hasPrefix("vol")).toBe(true);
    expect(vocabulary.hasPrefix("volg")).toBe(true);
    expect(vocabulary.hasPrefix("vu")).toBe(true);
    expect(vocabulary.hasPrefix("vx")).toBe(false);
    expect(vocabulary.hasPrefix("zz")).toBe(false);
  });

  test("an empty vocabulary knows nothing", () => {
    expect(createVocabulary([]).has("a")).toBe(false);
    expect(createVocabulary([]).hasPrefix("a")).toBe(false);
  });
});
