import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

/** Every source file under src/, as a path relative to it. */
function sourceFiles(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(src, path)] : [];
  });
}

/** The src/ folder each file imports from (through `@/` or a relative path), other than its own. */
function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles()) {
    const from = file.split("/")[0]!;
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    const code = readFileSync(join(src, file), "utf8");
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport\(?)\s*["']([^"']+)["']/g)) {
      const target = spec!.startsWith("@/")
        ? spec!.slice(2)
        : spec!.startsWith(".")
          ? relative(src, resolve(src, dirname(file), spec!))
          : null;
      const folder = target?.split("/")[0];
      if (folder && folder !== from) targets.add(folder);
    }
  }
  return graph;
}

/** A cycle of folders importing one another, or null when the folders form layers. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "open") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe("the folders of src/", () => {
  const graph = folderImports();

  test("import one another in layers, never in a cycle", () => {
    expect(graph.size).toBeGreaterThan(5);
    expect(findCycle(graph)).toBeNull();
  });

  test("keep i18n/ at the bottom, then lib/ and components/ below the features that use them", () => {
    expect([...graph.get("i18n")!]).toEqual([]);
    expect([...graph.get("lib")!].filter((f) => f !== "i18n")).toEqual([]);
    expect([...graph.get("components")!].filter((f) => f !== "lib" && f !== "i18n")).toEqual([]);
  });
});
