import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { checkedBlocks, compileBlock, importsIn, mismatch, MORE, shownValue } from "./readmeExamples.js";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const readmes = {
  "README.md": fileURLToPath(new URL("../../../../README.md", import.meta.url)),
  "packages/core/README.md": fileURLToPath(new URL("../../README.md", import.meta.url)),
};
const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/** The built module behind an import specifier of the package. */
async function entry(specifier: string): Promise<Record<string, unknown>> {
  const name = specifier === "@parley/core" ? "index" : specifier.replace(/^@parley\/core\//, "");
  return (await import(`${dist}${name}.js`)) as Record<string, unknown>;
}

describe("the README examples", () => {
  test("the root README marks its usage example as checked, and core's README its two", () => {
    expect(checkedBlocks(readFileSync(readmes["README.md"], "utf8")).length).toBeGreaterThan(0);
    expect(checkedBlocks(readFileSync(readmes["packages/core/README.md"], "utf8")).length).toBe(2);
  });

  for (const [name, file] of Object.entries(readmes)) {
    const markdown = readFileSync(file, "utf8");

    test(`every name ${name} imports from the package is exported by that entry`, async () => {
      const imports = importsIn(markdown).filter((i) => i.specifier.startsWith("@parley/core"));
      expect(imports.length).toBeGreaterThan(0);
      for (const { specifier, names } of imports) {
        const module = await entry(specifier);
        for (const n of names) expect(module, `${n} from ${specifier}`).toHaveProperty(n);
      }
    });

    for (const block of checkedBlocks(markdown))
      test(`the example at ${name}:${block.line} gives the results it shows`, async () => {
        expect(existsSync(`${dist}index.js`)).toBe(true);
        const { body, expectations } = compileBlock(block.code);
        expect(expectations.length).toBeGreaterThan(1);
        const modules: Record<string, unknown> = {};
        for (const { specifier } of importsIn(block.code)) modules[specifier] = await entry(specifier);
        const failures: string[] = [];
        const check = (n: number, actual: unknown) => {
          const { expression, shown } = expectations[n]!;
          const why = mismatch(actual, shownValue(shown));
          if (why) failures.push(`${expression} shows ${shown}, but ${why}`);
        };
        await new AsyncFunction("modules", "check", body)(modules, check);
        expect(failures).toEqual([]);
      });
  }
});

describe("how a shown result is read", () => {
  test("a value after the expression's semicolon is checked, and prose after it is not", () => {
    const { expectations } = compileBlock('a.version; // "0.1.0": the version\nrun();\n');
    expect(expectations).toEqual([{ expression: "a.version;", shown: '"0.1.0"' }]);
  });

  test("a value alone on the next line is the result of the line above", () => {
    const { body, expectations } = compileBlock("list.map((x) => x.id);\n// [1, 2]\n");
    expect(expectations[0]?.shown).toBe("[1, 2]");
    expect(body.trim()).toBe("check(0, (list.map((x) => x.id)));");
  });

  test("an ellipsis allows more items, more keys or any text, and nothing else", () => {
    expect(shownValue("[1, …]")).toEqual([1, MORE]);
    expect(mismatch([1, 2, 3], shownValue("[1, …]"))).toBeNull();
    expect(mismatch([2, 3], shownValue("[1, …]"))).toBe("result[0] is 2");
    expect(mismatch([1, 2], shownValue("[1]"))).toBe("result has 2 items, not 1");
    expect(mismatch({ a: 1, b: 2 }, shownValue("{ a: 1, … }"))).toBeNull();
    expect(mismatch({ a: 1, b: 2 }, shownValue("{ a: 1 }"))).toBe("result also has b");
    expect(mismatch("https://x.org/a-1.html", shownValue('"https://x.org/…-1.html"'))).toBeNull();
    expect(mismatch("https://x.org/a-2.html", shownValue('"https://x.org/…-1.html"'))).not.toBeNull();
  });
});
