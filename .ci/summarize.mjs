// Sums the JSON reports of every test runner in a folder and prints "N passed, N failed" as the last line.
// Exits non-zero when a test failed or no report was written.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? ".ci/results";
let passed = 0;
let failed = 0;
let files = [];
try {
  files = readdirSync(dir).filter((f) => f.endsWith(".json"));
} catch {
  files = [];
}
for (const file of files) {
  try {
    const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const p = report.numPassedTests ?? 0;
    // A suite that crashes before its tests run fails no test, so count it as one failure.
    const crashedSuites = (report.testResults ?? []).filter(
      (s) => s.status === "failed" && (s.assertionResults ?? []).length === 0,
    ).length;
    const f = (report.numFailedTests ?? 0) + crashedSuites;
    console.log(`ci: ${file}: ${p} passed, ${f} failed`);
    passed += p;
    failed += f;
  } catch (error) {
    console.log(`ci: ${file}: unreadable report (${error.message})`);
    failed += 1;
  }
}
if (files.length === 0) {
  console.log("ci: no test reports were written");
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
