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

  test("exposes the same names to import and require, for the main and node entries", async () => {
    for (const entry of ["index", "node"]) {
      const esm = await import(`${dist}${entry}.js`);
      const cjs = require(`${dist}${entry}.cjs`);
      expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
      expect(Object.keys(esm).length).toBeGreaterThan(5);
    }
  });

  test("gives the same validated dataset through import and require", async () => {
    const esm = await import(`${dist}index.js`);
    const cjs = require(`${dist}index.cjs`);
    expect(esm.validateDataset(esm.dataset).ok).toBe(true);
    expect(cjs.dataset.version).toBe(esm.dataset.version);
    expect(cjs.dataset.events.length).toBe(esm.dataset.events.length);
    expect(Object.isFrozen(esm.dataset.events)).toBe(true);
  });

  test("keeps the main entry free of Node built-ins so it runs in a browser", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const files = readdirSync(dist).filter((f) => f.endsWith(".js") && !["node.js", "report.js", "write-exports.js", "testing.js"].includes(f));
    for (const file of files) expect(readFileSync(`${dist}${file}`, "utf8"), file).not.toMatch(/from ["']node:|require\(["'](node:)?(fs|path|os|child_process)["']\)/);
  });
});
