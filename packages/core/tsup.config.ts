import { defineConfig } from "tsup";
import { embedShippedRecords } from "./scripts/embedShippedRecords.js";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      node: "src/node/index.ts",
      search: "src/searchEntry.ts",
      curate: "src/curate.ts",
      draft: "src/draft.ts",
      testing: "src/testing/index.ts",
      shipped: "src/shipped.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    target: "es2022",
    treeshake: true,
    // linkedom's worker build is ESM only and free of node: modules; bundled so the CJS draft entry loads too.
    noExternal: [/^linkedom/u],
    // The shipped records go in shape-checked, as a JSON string (see the plugin).
    esbuildPlugins: [embedShippedRecords()],
  },
  {
    // Build scripts, not part of the library: the dataset report and the export files written into dist/exports.
    entry: { report: "scripts/printReport.ts", "write-exports": "scripts/writeExportFiles.ts" },
    format: ["esm"],
    dts: false,
    target: "node20",
    platform: "node",
  },
]);
