import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { rawDataset } from "../../src/rawDataset.js";
import { Dataset } from "../../src/schema/Dataset.js";
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

  test("is exported exactly as zod parses the stored data, defaults filled, keys in the schema's order", () => {
    expect(JSON.stringify(dataset)).toBe(JSON.stringify(Dataset.parse(structuredClone(rawDataset))));
    expect(Object.isFrozen(dataset.events[0])).toBe(true);
  });

  test("leaves the stored data as stored (no defaults filled in, nothing frozen)", () => {
    const people = (rawDataset as { people: Record<string, unknown>[] }).people;
    expect(people.some((person) => !("otherNames" in person))).toBe(true);
    expect(Object.isFrozen(people[0])).toBe(false);
  });

  test("reports plainly which checks it skipped when no text is supplied", () => {
    const result = validateDataset(rawDataset);
    expect(result.notices.filter((n) => n.code === "provenance.text-unavailable")).toHaveLength(2);
  });
});
