// Checks the recorded API report (api/core.api.md) against the package's exports, or with `--update` rewrites it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import tsupConfig from "../tsup.config.js";
import { compareApi, entriesOf, readApi, renderApi } from "./apiReport.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const reportFile = fileURLToPath(new URL("../api/core.api.md", import.meta.url));
const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as { entry?: unknown }[];
const tsupEntries = Object.assign({}, ...configs.map((c) => c.entry)) as Record<string, string>;
const current = renderApi(readApi(packageDir, entriesOf(packageDir, tsupEntries)));

if (process.argv.includes("--update")) {
  writeFileSync(reportFile, current);
  console.log(`wrote ${reportFile}`);
} else {
  const recorded = existsSync(reportFile) ? readFileSync(reportFile, "utf8") : "";
  const differences = compareApi(recorded, current);
  if (differences.length > 0) {
    console.error(`The public API differs from api/core.api.md:\n${differences.map((d) => `  ${d}`).join("\n")}`);
    console.error(
      "If the change is meant, record it with `pnpm --filter @parley/core api:update` and commit the report.",
    );
    process.exitCode = 1;
  } else console.log("api/core.api.md matches the package's exports");
}
