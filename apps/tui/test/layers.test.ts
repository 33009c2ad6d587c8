import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

/** Every source file under src/, as a path relative to it. */
function sourceFiles(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(src, path)] : [];
  });
}

/** The src/ folder (or file at its root) each one imports from, other than itself. */
function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles()) {
    const from = file.split("/")[0]!.replace(/\.tsx$/, ".ts");
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    const code = readFileSync(join(src, file), "utf8");
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport\(?)\s*["']([^"']+)["']/g)) {
      const target = spec!.startsWith(".") ? relative(src, resolve(src, dirname(file), spec!)) : null;
      const folder = target?.split("/")[0]?.replace(/\.js$/, ".ts");
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

  test("keep the dictionaries at the bottom, and row data and formatting below the interface", () => {
    expect([...graph.get("i18n")!]).toEqual([]);
    expect([...graph.get("format")!]).toEqual(["i18n"]);
    expect([...graph.get("rows")!].sort()).toEqual(["format", "i18n", "kinds.ts"]);
  });
});
