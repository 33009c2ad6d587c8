import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const src = fileURLToPath(new URL("../../src/", import.meta.url));
const ALLOWED = new Set([
  "zod",
  "any-ascii",
  "chrono-node/en",
  "chrono-node/ru",
  "@mozilla/readability",
  "linkedom/worker",
  "edtf",
]);

/** Every module the draft entry imports, followed through relative imports, with the packages they import. */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const code = readFileSync(file, "utf8");
    for (const m of code.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from\s+"([^"]+)"/gmu)) {
      const spec = m[1]!;
      if (spec.startsWith(".")) queue.push(resolve(dirname(file), spec.replace(/\.js$/u, ".ts")));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

test("the draft entry imports no node: module and only browser-safe packages", () => {
  const { files, packages } = importGraph(`${src}draft.ts`);
  expect(files.length).toBeGreaterThan(10);
  for (const p of packages) expect(ALLOWED.has(p), p).toBe(true);
});
