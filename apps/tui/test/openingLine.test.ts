import { describe, expect, test } from "vitest";
import { OPENING_LINE_BYTES, openingLine } from "../src/format/openingLine.js";

describe("openingLine", () => {
  test("says nothing for a file that opens quickly", () => {
    expect(openingLine("/data/small.json", OPENING_LINE_BYTES - 1, 80)).toBeNull();
  });

  test("names a large file by its base name and size, and says what is happening", () => {
    expect(openingLine("/data/big.json", 108_183_196, 80)).toBe("Opening big.json (108 MB): reading and checking it…");
    expect(openingLine("/data/huge.json", 2_500_000_000, 80)).toBe(
      "Opening huge.json (2.5 GB): reading and checking it…",
    );
  });

  test("fits a narrow terminal", () => {
    expect(openingLine("/data/a-very-long-file-name-for-a-dataset.json", 108_183_196, 40)).toBe("Opening (108 MB)…");
    expect(openingLine("/data/big.json", 108_183_196, 10)).toHaveLength(10);
  });
});
