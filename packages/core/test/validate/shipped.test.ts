import { describe, expect, test } from "vitest";
import { rawDataset } from "../../src/rawDataset.js";
import { validateDataset } from "../../src/validate/validateDataset.js";
import { texts, textsAvailable } from "./helpers.js";

describe("the shipped dataset", () => {
  test("validates with zero issues, fragments checked against both article texts", () => {
    const result = validateDataset(rawDataset, { texts });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test.skipIf(!textsAvailable)("has the texts of both articles available to check its fragments", () => {
    expect(texts.size).toBe(2);
  });

  test("reports plainly which checks it skipped when no text is supplied", () => {
    const result = validateDataset(rawDataset);
    expect(result.notices.filter((n) => n.code === "provenance.text-unavailable")).toHaveLength(2);
  });
});
