import { existsSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

/** A file written beside the bundle from other inputs than the bundle's own sources. */
interface Beside {
  /** Its name in `dist/`. */
  file: string;
  /** The files it is made from: it is made again only when one is newer than it, or it is missing. */
  inputs: readonly string[];
  make(build: Parameters<EsbuildPlugin["setup"]>[0]): Promise<void>;
}

/** Where an import of `specifier` from here leads (the ESM files, which `make` imports). */
const resolved = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));

/** Makes each file beside the bundle once the bundle is written, unless it is newer than all its inputs. */
function besideTheBundle(files: readonly Beside[]): EsbuildPlugin {
  const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : -1);
  return {
    name: "beside-the-bundle",
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        for (const beside of files) {
          const made = mtime(`dist/${beside.file}`);
          if (made < 0 || beside.inputs.some((input) => mtime(input) > made)) await beside.make(build);
        }
      });
    },
  };
}

/**
 * The real any-ascii, for the stub the bundle holds instead (`src/stubs/any-ascii.ts`) to load on first use; and the
 * search index of the shipped dataset, built from core's shipped entry (the same records the bundle holds): loading it
 * takes a fraction of building it, which `parley search` and the interface would otherwise do on every run.
 */
const besideFiles: readonly Beside[] = [
  {
    file: "any-ascii.cjs",
    inputs: ["src/stubs/any-ascii.bundle.ts", resolved("any-ascii")],
    async make(build) {
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
    },
  },
  {
    file: "search-index.json",
    inputs: [resolved("@parley/core"), resolved("@parley/core/shipped")],
    async make() {
      const [{ createSearchIndex }, { dataset }] = await Promise.all([
        import("@parley/core"),
        import("@parley/core/shipped"),
      ]);
      writeFileSync("dist/search-index.json", JSON.stringify(createSearchIndex(dataset)));
    },
  },
];

// One self-contained bundle (plus lazily loaded chunks for the interactive interface and the commands that need much
// code): loading Ink and its dependencies as a few hundred separate modules was several times slower (BENCHMARKS.md,
// Measurements behind design choices).
export default defineConfig({
  entry: { cli: "src/cli.tsx" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  // Every build empties dist/, except the files beside the bundle, which are made again only when out of date.
  clean: besideFiles.map((beside) => `!${beside.file}`),
  dts: false,
  sourcemap: false,
  splitting: true,
  minify: true,
  noExternal: [/.*/],
  define: { "process.env.NODE_ENV": '"production"' },
  esbuildPlugins: [besideTheBundle(besideFiles)],
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
