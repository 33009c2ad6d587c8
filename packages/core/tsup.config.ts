import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      node: "src/node.ts",
      search: "src/search.ts",
      draft: "src/draft.ts",
      testing: "src/testing/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    target: "es2022",
    treeshake: true,
    // linkedom's worker build is ESM only and free of node: modules; bundled so the CJS draft entry loads too.
    noExternal: [/^linkedom/u],
  },
  {
    entry: { report: "src/cli/report.ts", "write-exports": "src/cli/writeExports.ts" },
    format: ["esm"],
    dts: false,
    target: "node20",
    platform: "node",
  },
]);
