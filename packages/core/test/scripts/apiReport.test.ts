import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { compareApi, entriesOf, readApi, renderApi } from "../../scripts/apiReport.js";

/** A tiny package with one entry, `src/index.ts`, holding the given source. */
function tinyPackage(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "parley-api-"));
  mkdirSync(join(dir, "src"));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "tiny", exports: { ".": { import: { types: "./dist/index.d.ts" } }, "./x": "./x.js" } }),
  );
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true }, include: ["src"] }));
  writeFileSync(join(dir, "src", "index.ts"), source);
  return dir;
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function reportOf(source: string): string {
  const dir = tinyPackage(source);
  made.push(dir);
  return renderApi(readApi(dir, entriesOf(dir, { index: "src/index.ts" })));
}

const original = [
  "/** A number. */",
  "export const answer = 42;",
  "export function greet(name: string): string { return name; }",
  "export interface Shape { sides: number }",
].join("\n");

describe("the API report", () => {
  const recorded = reportOf(original);

  test("lists each export of each entry with its kind and signature", () => {
    expect(recorded).toContain("## tiny\n");
    expect(recorded).toContain("- `answer` const: `42`");
    expect(recorded).toContain("- `greet` function: `(name: string) => string`");
    expect(recorded).toContain("- `Shape` interface: `interface Shape { sides: number; }`");
  });

  test("agrees with itself when nothing changed", () => {
    expect(compareApi(recorded, reportOf(original))).toEqual([]);
  });

  test("names an export added by accident", () => {
    const current = reportOf(`${original}\nexport const helper = (x: number) => x + 1;`);
    expect(compareApi(recorded, current)).toEqual(["export added: helper from tiny (const)"]);
  });

  test("names an export removed, and one whose signature changed", () => {
    const current = reportOf(original.replace("export const answer = 42;", "").replace("name: string", "name: number"));
    expect(compareApi(recorded, current)).toEqual([
      "export changed: greet from tiny\n    was: function: `(name: string) => string`\n    now: function: `(name: number) => string`",
      "export removed: answer from tiny",
    ]);
  });

  test("names an entry that is new or gone", () => {
    const other = recorded.replace("## tiny", "## tiny/other");
    expect(compareApi(recorded, other)).toEqual(["entry added: tiny/other (3 names)", "entry removed: tiny"]);
  });

  test("refuses an exported path that no build entry makes", () => {
    const dir = tinyPackage(original);
    made.push(dir);
    expect(() => entriesOf(dir, {})).toThrow(". names dist/index.d.ts, which no tsup entry builds");
  });
});
