import { describe, expect, test } from "vitest";
import { independentOrigins } from "../../src/report/independentOrigins.js";
import type { Source } from "../../src/schema/Source.js";

type S = Pick<Source, "id" | "publisher" | "republishes" | "quality">;
const sources: S[] = [
  { id: "wire", publisher: "vna", republishes: undefined, quality: undefined },
  { id: "portal", publisher: "vietnamplus", republishes: "vna", quality: undefined },
  { id: "reprint", publisher: "sggp", republishes: "portal", quality: undefined },
  { id: "own", publisher: "tass", republishes: undefined, quality: undefined },
  { id: "scraped", publisher: null, republishes: undefined, quality: "weak" },
  { id: "anonymous", publisher: null, republishes: undefined, quality: undefined },
];
const byId = new Map(sources.map((s) => [s.id, s]));

describe("independentOrigins", () => {
  test("a wire story, its reprint and a reprint of the reprint are one origin", () => {
    expect([...independentOrigins(["wire", "portal", "reprint"], byId)]).toEqual(["organization:vna"]);
  });

  test("an agency's own report is independent of a wire story", () => {
    expect(independentOrigins(["reprint", "own"], byId).size).toBe(2);
  });

  test("weak sources do not count, and a source of unknown publisher counts as itself", () => {
    expect([...independentOrigins(["scraped", "anonymous"], byId)]).toEqual(["source:anonymous"]);
  });

  test("a republication loop ends instead of running forever", () => {
    const loop = new Map<string, S>([
      ["a", { id: "a", publisher: "x", republishes: "b", quality: undefined }],
      ["b", { id: "b", publisher: "y", republishes: "a", quality: undefined }],
    ]);
    expect(independentOrigins(["a", "b"], loop).size).toBe(1);
  });
});
