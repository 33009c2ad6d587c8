import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "../../.ci/results/core.json" }]],
    testTimeout: 60_000,
  },
});
