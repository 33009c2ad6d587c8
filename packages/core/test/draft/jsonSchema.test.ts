import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test } from "vitest";
import { draftFromText } from "./draftShipped.js";
import { draftJsonSchema } from "../../src/draft/draftJsonSchema.js";

const article = fileURLToPath(
  new URL("../../eval/articles/ru-07-delegatsiya-gosdumy-zavershila-vizit-2018.txt", import.meta.url),
);

test("a draft validates against the published JSON Schema with a second validator (ajv)", () => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  const validate = ajv.compile(draftJsonSchema());
  const draft = draftFromText(readFileSync(article, "utf8"), {
    source: { published: "2018-12-24", url: "https://example.org/ru-07" },
  });
  expect(draft.events[0]!.conflicts.length).toBeGreaterThan(0);
  const json = JSON.parse(JSON.stringify(draft)) as unknown;
  expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(
    validate({ ...(json as object), mentions: [{ kind: "person", id: null, text: "x", start: -1, end: 1 }] }),
  ).toBe(false);
});
