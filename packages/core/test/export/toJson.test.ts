import { describe, expect, test } from "vitest";
import { dataset as shipped } from "../../src/dataset.js";
import { toJson } from "../../src/export/toJson.js";
import { toJsonSchema } from "../../src/export/toJsonSchema.js";
import { Dataset, recordKinds } from "../../src/schema/Dataset.js";
import { validateDataset } from "../../src/validate/validateDataset.js";
import { smallDataset } from "./fixtures.js";

describe("toJson", () => {
  test("the JSON export round-trips through validateDataset to deep-equal data", () => {
    const data = smallDataset(250, 21);
    const result = validateDataset(JSON.parse(toJson(data)));
    expect(result.issues).toEqual([]);
    expect(result.dataset).toStrictEqual(data);
  });

  test("it starts with the version, the citation and the licence", () => {
    const text = toJson(shipped);
    expect(Object.keys(JSON.parse(text)).slice(0, 3)).toEqual(["version", "citation", "license"]);
    expect(text.split("\n")[2]).toBe(`  "citation": ${JSON.stringify(shipped.citation)},`);
  });

  test("the shipped dataset reads back through the schema unchanged", () => {
    expect(Dataset.parse(JSON.parse(toJson(shipped)))).toStrictEqual(JSON.parse(JSON.stringify(shipped)));
  });
});

describe("toJsonSchema", () => {
  const schema = toJsonSchema() as {
    $schema: string;
    properties: Record<string, { items?: { required?: string[] } }>;
    required: string[];
  };

  test("it is a draft 2020-12 schema with a property for every kind and the release fields", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["version", "citation", "license", ...recordKinds]),
    );
  });

  test("it describes the file as written: fields with defaults are optional", () => {
    const required = schema.properties.events!.items!.required!;
    expect(required).toEqual(expect.arrayContaining(["id", "title", "kind", "date", "status", "summary"]));
    expect(required).not.toContain("citations");
    expect(required).not.toContain("participants");
  });
});
