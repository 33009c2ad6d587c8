import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    reporters: [
      "default",
      ["json", { outputFile: fileURLToPath(new URL("../../.ci/results/ci.json", import.meta.url)) }],
    ],
  },
});
