import { describe, expect, test } from "vitest";
import { languages } from "../../src/labels/Language.js";
import { jsonSyntaxErrorIn, jsonSyntaxMessage, type JsonSyntax } from "../../src/node/JsonSyntaxError.js";

/** Texts JSON.parse refuses, what is wrong with each, and where (line, column). */
const broken: [text: string, syntax: JsonSyntax, line: number, column: number][] = [
  ['{"a":}', "value-expected", 1, 6],
  ['{\n  "a": 1\n  "b": 2\n}', "comma-expected", 3, 3],
  ['{"a":1}x', "text-after-end", 1, 8],
  ['{"a":"b', "string-not-closed", 1, 6],
  ['{"a" 1}', "colon-expected", 1, 6],
  ["{'a':1}", "unexpected", 1, 2],
  ['{"a":1,}', "name-expected", 1, 8],
  ["[1 2]", "comma-expected", 1, 4],
  ["[1,", "ends-early", 1, 4],
  ['{"a":1', "ends-early", 1, 7],
  ['{"a":-}', "unexpected", 1, 6],
  ['{"a":1e}', "bad-number", 1, 6],
  ['{"a":"\\x"}', "bad-escape", 1, 6],
  ['{"a":"\u0001"}', "control-character", 1, 6],
  ['{/* note */"a":1}', "comment", 1, 2],
  ["  \n ", "empty", 1, 1],
];

describe("jsonSyntaxErrorIn", () => {
  test.each(broken)("%j: %s at line %i, column %i", (text, syntax, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxErrorIn(text)).toMatchObject({ syntax, line, column });
  });

  test("finds nothing wrong in a text JSON.parse reads", () => {
    expect(jsonSyntaxErrorIn('{"a": [1, 2.5e3, "x\\u00e9", null, true]}')).toBeNull();
  });

  test("quotes what it found on one line, with control characters escaped", () => {
    const found = jsonSyntaxErrorIn('{"a":1}\nnot json')!;
    expect(found).toMatchObject({ syntax: "text-after-end", line: 2, column: 1, found: "not" });
    const message = jsonSyntaxMessage(jsonSyntaxErrorIn('{"a":"x\ny"}')!, "en");
    expect(message).not.toContain("\n");
  });

  test("says each kind of error in three distinct ways", () => {
    for (const [text] of broken) {
      const error = jsonSyntaxErrorIn(text)!;
      const said = languages.map((language) => jsonSyntaxMessage(error, language));
      expect(new Set(said).size, text).toBe(3);
    }
    expect(jsonSyntaxMessage(jsonSyntaxErrorIn("{'a':1}")!, "ru")).toBe(
      "строка 1, столбец 2: недопустимый текст «'a'»",
    );
  });
});
