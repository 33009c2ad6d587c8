import { writeFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * Builds the real any-ascii into `dist/any-ascii.cjs` once the bundle is written, for the stub the bundle holds
 * instead (`src/stubs/any-ascii.ts`) to load on first use.
 */
function anyAsciiBeside(): EsbuildPlugin {
  return {
    name: "any-ascii-beside",
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        await build.esbuild.build({
          entryPoints: ["src/stubs/any-ascii.bundle.ts"],
          outfile: "dist/any-ascii.cjs",
          bundle: true,
          format: "cjs",
          platform: "node",
          target: "node20",
          minify: true,
          logLevel: "error",
        });
      });
    },
  };
}

/**
 * Saves the search index of the shipped dataset as `dist/search-index.json` once the bundle is written: loading it
 * takes a fraction of building it, which `parley search` and the interface would otherwise do on every run. Built
 * from core's shipped entry, which holds the same records the bundle does.
 */
function savedSearchIndex(): EsbuildPlugin {
  return {
    name: "saved-search-index",
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        const [{ createSearchIndex }, { dataset }] = await Promise.all([
          import("@parley/core"),
          import("@parley/core/shipped"),
        ]);
        writeFileSync("dist/search-index.json", JSON.stringify(createSearchIndex(dataset)));
      });
    },
  };
}

// One self-contained bundle (plus lazily loaded chunks for the interactive interface and the commands that need much
// code): loading Ink and its dependencies as a few hundred separate modules was several times slower (BENCHMARKS.md,
// Measurements behind design choices).
export default defineConfig({
  entry: { cli: "src/cli.tsx" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  dts: false,
  sourcemap: false,
  splitting: true,
  minify: true,
  noExternal: [/.*/],
  define: { "process.env.NODE_ENV": '"production"' },
  esbuildPlugins: [anyAsciiBeside(), savedSearchIndex()],
  esbuildOptions(options) {
    // Text as UTF-8, not \u escapes: the shipped records (three scripts) read faster at start-up, and are 30 % smaller.
    options.charset = "utf8";
    options.alias = {
      "react-devtools-core": "./src/stubs/react-devtools-core.ts",
      // Half a megabyte of tables that only search and draft use, loaded when first called (see the stub).
      "any-ascii": "./src/stubs/any-ascii.ts",
    };
  },
  // CommonJS dependencies bundled into ESM still call `require` for Node's built-in modules.
  banner: {
    js:
      "#!/usr/bin/env node\n" +
      "import { createRequire as __parleyCreateRequire } from 'node:module';\n" +
      "const require = __parleyCreateRequire(import.meta.url);",
  },
});
