import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const require = createRequire(import.meta.url);

describe("the built package", () => {
  test("has been built", () => {
    expect(existsSync(`${dist}index.js`) && existsSync(`${dist}index.cjs`)).toBe(true);
  });

  test("exposes the same names to import and require, for every entry", async () => {
    // Each entry with the least it must hold, so an entry that builds empty fails.
    const least = { index: 50, node: 5, search: 5, shipped: 4, draft: 5, curate: 3 };
    for (const [entry, count] of Object.entries(least)) {
      const esm = await import(`${dist}${entry}.js`);
      const cjs = require(`${dist}${entry}.cjs`);
      expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
      expect(Object.keys(esm).length).toBeGreaterThanOrEqual(count);
    }
  });

  test("gives the same validated dataset through import and require", async () => {
    const esm = await import(`${dist}shipped.js`);
    const cjs = require(`${dist}shipped.cjs`);
    const { validateDataset } = await import(`${dist}index.js`);
    expect(validateDataset(esm.dataset).ok).toBe(true);
    expect(cjs.dataset.version).toBe(esm.dataset.version);
    expect(cjs.dataset.events.length).toBe(esm.dataset.events.length);
    expect(Object.isFrozen(esm.dataset.events)).toBe(true);
  });

  test("holds the shipped records the source reads, checked when it was built", async () => {
    const { readFileSync } = await import("node:fs");
    const { shippedRecords } = await import("../../src/shippedRecords.js");
    const esm = await import(`${dist}shipped.js`);
    expect(JSON.parse(JSON.stringify(esm.dataset))).toEqual(shippedRecords());
    const code = readFileSync(`${dist}shipped.js`, "utf8");
    expect(code, "the shape check runs at build time").not.toMatch(/structuredClone\(/);
  });

  test("keeps the search entry free of zod, any-ascii, the EDTF library and the dataset, in ESM and CJS", async () => {
    const { readFileSync } = await import("node:fs");
    /** The ESM file and every chunk it imports, transitively. */
    const esmFiles = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const [, chunk] of readFileSync(`${dist}${file}`, "utf8").matchAll(/from ["']\.\/([^"']+)["']/g))
        esmFiles(chunk!, seen);
      return seen;
    };
    const files = [...esmFiles("search.js"), "search.cjs"];
    expect(files.length).toBeGreaterThan(2);
    const { dataset } = await import(`${dist}shipped.js`);
    const someIds = [dataset.people[0].id, dataset.events[0].id, dataset.sources[0].id] as string[];
    for (const file of files) {
      const code = readFileSync(`${dist}${file}`, "utf8");
      expect(code, file).not.toMatch(/from ["']zod["']|require\(["']zod["']\)/);
      expect(code, file).not.toMatch(/from ["']any-ascii["']|require\(["']any-ascii["']\)/);
      expect(code, file).not.toMatch(/from ["']edtf["']|require\(["']edtf["']\)/);
      expect(code, file).not.toMatch(/from ["']node:|require\(["']node:/);
      for (const id of someIds) expect(code, `${file} holds the dataset id ${id}`).not.toContain(`"${id}"`);
    }
  });

  test("keeps the shipped dataset out of the main entry: only the shipped entry loads it", async () => {
    const { readFileSync } = await import("node:fs");
    const reached = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const [, chunk] of readFileSync(`${dist}${file}`, "utf8").matchAll(/from ["']\.\/([^"']+)["']/g))
        reached(chunk!, seen);
      return seen;
    };
    const { dataset } = await import(`${dist}shipped.js`);
    const id = `"${dataset.events[0].id}"`;
    const holds = (files: Set<string>) => [...files].some((f) => readFileSync(`${dist}${f}`, "utf8").includes(id));
    expect(holds(reached("shipped.js"))).toBe(true);
    expect(holds(reached("index.js"))).toBe(false);
    expect(readFileSync(`${dist}index.cjs`, "utf8")).not.toContain(id);
  });

  test("loads a prebuilt index through the search entry, from import and require alike", async () => {
    const { createSearchIndex } = await import(`${dist}index.js`);
    const { dataset } = await import(`${dist}shipped.js`);
    const json = JSON.stringify(createSearchIndex(dataset));
    const esm = await import(`${dist}search.js`);
    const cjs = require(`${dist}search.cjs`);
    const person = dataset.people[0];
    expect(esm.loadSearchIndex(json).search(person.name)[0]?.id).toBe(person.id);
    expect(cjs.loadSearchIndex(json).search(person.name)).toEqual(esm.loadSearchIndex(json).search(person.name));
  });

  test("keeps the main entry free of Node built-ins so it runs in a browser", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const files = readdirSync(dist).filter(
      (f) => f.endsWith(".js") && !["node.js", "report.js", "write-exports.js", "testing.js"].includes(f),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect(readFileSync(`${dist}${file}`, "utf8"), file).not.toMatch(
        /from ["']node:|require\(["'](node:)?(fs|path|os|child_process)["']\)/,
      );
  });
});
