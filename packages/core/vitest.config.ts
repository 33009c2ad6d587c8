import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: [
      "default",
      ["json", { outputFile: fileURLToPath(new URL("../../.ci/results/core.json", import.meta.url)) }],
    ],
    testTimeout: 60_000,
  },
});
