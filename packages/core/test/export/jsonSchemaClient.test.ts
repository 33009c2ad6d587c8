import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { exportFiles } from "../../src/export/exportFiles.js";
import { exportText } from "./fixtures.js";

const files = exportFiles(dataset);
const read = (path: string) => JSON.parse(exportText(files, path)) as Record<string, unknown>;

describe("parley.json under a second validator", () => {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(read("parley.schema.json"));

  test("the shipped parley.json validates against parley.schema.json under ajv 2020 with format checks", () => {
    expect(validate(read("parley.json")), ajv.errorsText(validate.errors)).toBe(true);
  });

  test("a source URL with Hangul characters fails the uri format, so the check above has teeth", () => {
    const data = read("parley.json") as { sources: { url: string | null }[] };
    const source = data.sources.find((s) => s.url !== null)!;
    source.url = "https://vietnam.vnanet.vn/korean/print/러시아-410104.html";
    expect(validate(data)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ keyword: "format", params: { format: "uri" } }));
  });
});
