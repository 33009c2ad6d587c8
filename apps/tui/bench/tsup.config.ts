import { defineConfig } from "tsup";

// The benchmark, bundled like the app (production React, one file) so in-process numbers match what users run.
export default defineConfig({
  entry: { run: "bench/run.tsx" },
  outDir: "bench/dist",
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  splitting: false,
  noExternal: [/.*/],
  define: { "process.env.NODE_ENV": '"production"' },
  esbuildOptions(options) {
    options.alias = { "react-devtools-core": "./src/stubs/react-devtools-core.ts" };
  },
  banner: {
    js: "import { createRequire as __parleyCreateRequire } from 'node:module';\nconst require = __parleyCreateRequire(import.meta.url);",
  },
});
