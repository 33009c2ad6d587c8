import { defineConfig } from "tsup";

// One self-contained bundle (plus a lazily loaded chunk for the interactive interface): loading Ink and its
// dependencies as a few hundred separate modules was several times slower (BENCHMARKS.md, Measurements behind design choices).
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
  esbuildOptions(options) {
    options.alias = { "react-devtools-core": "./src/stubs/react-devtools-core.ts" };
  },
  // CommonJS dependencies bundled into ESM still call `require` for Node's built-in modules.
  banner: {
    js:
      "#!/usr/bin/env node\n" +
      "import { createRequire as __parleyCreateRequire } from 'node:module';\n" +
      "const require = __parleyCreateRequire(import.meta.url);",
  },
});
