import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      node: "src/node/index.ts",
      search: "src/searchEntry.ts",
      testing: "src/testing/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    target: "es2022",
    treeshake: true,
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
