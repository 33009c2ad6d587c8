import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { liftDraft03 } from "./liftDraft03.js";

const draft03 = "http://json-schema.org/draft-03/schema#";

describe("liftDraft03", () => {
  test("required: true on properties becomes the parent's required list, and leaves the properties", () => {
    const lifted = liftDraft03({
      $schema: draft03,
      type: "object",
      properties: { url: { type: "string", required: true }, note: { type: "string", required: false } },
    });
    expect(lifted).toEqual({
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      properties: { url: { type: "string" }, note: { type: "string" } },
      required: ["url"],
    });
  });

  test("id becomes $id where it is a keyword, and stays where it names a property", () => {
    const lifted = liftDraft03({
      id: "http://example.org/thing.json#",
      properties: { id: { type: ["string", "null"] }, parent: { $ref: "http://example.org/thing.json#" } },
    });
    expect(lifted).toEqual({
      $id: "http://example.org/thing.json#",
      properties: { id: { type: ["string", "null"] }, parent: { $ref: "http://example.org/thing.json#" } },
    });
  });

  test("extends becomes allOf, divisibleBy multipleOf, and a string dependency a one-name list", () => {
    expect(liftDraft03({ extends: { type: "object" }, dependencies: { a: "b", c: ["d"] } })).toEqual({
      allOf: [{ type: "object" }],
      dependencies: { a: ["b"], c: ["d"] },
    });
    expect(liftDraft03({ type: "number", divisibleBy: 5 })).toEqual({ type: "number", multipleOf: 5 });
  });

  test("subschemas under items, additionalProperties and patternProperties are lifted too", () => {
    const lifted = liftDraft03({
      items: { properties: { name: { type: "string", required: true } } },
      additionalProperties: { properties: { x: { required: true } } },
      patternProperties: { "^y": { properties: { z: { required: true } } } },
    });
    expect(lifted).toEqual({
      items: { properties: { name: { type: "string" } }, required: ["name"] },
      additionalProperties: { properties: { x: {} }, required: ["x"] },
      patternProperties: { "^y": { properties: { z: {} }, required: ["z"] } },
    });
  });

  test("draft-03 forms with no later equivalent here fail with a message naming where", () => {
    expect(() => liftDraft03({ properties: { a: { disallow: "string" } } })).toThrow(
      "liftDraft03: #/properties/a/disallow has no later form this lift supports",
    );
    expect(() => liftDraft03({ type: ["string", { type: "object" }] })).toThrow(/#\/type lists a schema/);
  });

  test("a lifted draft-03 link schema, compiled by ajv, requires the url and checks its format", () => {
    const ajv = new Ajv();
    addFormats(ajv);
    const validate = ajv.compile(
      liftDraft03({
        $schema: draft03,
        id: "http://example.org/link.json#",
        type: "object",
        properties: { url: { type: "string", format: "uri", required: true }, note: { type: ["string", "null"] } },
      }),
    );
    expect(validate({ url: "https://example.org/a", note: null })).toBe(true);
    expect(validate({ note: "no url" })).toBe(false);
    expect(validate({ url: "https://example.org/러시아" })).toBe(false);
  });
});
