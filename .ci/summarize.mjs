// Prints the tally of every test runner's JSON report in a folder (default .ci/results), ending with the one line
// "N passed, N failed, N skipped"; exits non-zero when anything failed, including a runner whose report is missing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { summarizeReports } from "../tooling/ci/src/summarizeReports.mjs";

/** The runners `pnpm test` starts; each writes <name>.json (see the json reporter in its vitest config). */
const EXPECTED = ["core", "web", "tui", "ci"];

/** The text of a file, or "" (so it counts as an unreadable report) when it cannot be read. */
function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

const dir = process.argv[2] ?? ".ci/results";
let present = [];
try {
  present = readdirSync(dir).filter((file) => file.endsWith(".json"));
} catch {
  present = [];
}
const names = [...new Set([...EXPECTED, ...present.map((file) => file.slice(0, -".json".length))])];
const reports = names.map((name) => ({
  name,
  text: present.includes(`${name}.json`) ? readText(join(dir, `${name}.json`)) : null,
}));
const summary = summarizeReports(reports);
for (const line of summary.lines) console.log(line);
process.exitCode = summary.failed > 0 ? 1 : 0;
