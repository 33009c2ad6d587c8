// Tallies the JSON reports of the test runners (vitest's "json" reporter) into one closing line for CI:
// "N passed, N failed, N skipped". A runner that did not run its tests counts as failed, never as "0 failed":
// its report is missing (its build failed), says success=false with no failed test (its global setup threw),
// or holds a test file that failed outside its tests (a beforeAll threw, so vitest marks the tests skipped).

/**
 * @typedef {object} Tally
 * @property {number} passed tests that passed
 * @property {number} failed failed tests, plus one for each file or runner that failed outside its tests
 * @property {number} skipped tests skipped or left as todo
 * @property {string[]} problems one line for each failure that is not a failed test
 */

/**
 * Tallies one parsed vitest JSON report.
 * @param {any} report
 * @returns {Tally}
 */
export function tallyReport(report) {
  const passed = report.numPassedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const problems = [];
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === "failed").length;
    if (file.status === "failed" && failedTests === 0) {
      const why = file.message ? `: ${String(file.message).split("\n")[0]}` : " (a hook threw or it did not load)";
      problems.push(`${file.name} failed outside its tests${why}`);
    }
  }
  let failed = (report.numFailedTests ?? 0) + problems.length;
  if (report.success !== true && failed === 0) {
    problems.push("the runner failed before or after its tests (success=false: e.g. its global setup threw)");
    failed += 1;
  }
  if (report.success === true && (report.numTotalTests ?? 0) === 0) {
    problems.push("the runner ran no tests");
    failed += 1;
  }
  return { passed, failed, skipped, problems };
}

/**
 * Sums the reports of the runners CI expects. A report is its runner's name and the text of its file,
 * or null when the file is missing.
 * @param {{ name: string, text: string | null }[]} reports
 * @returns {{ lines: string[], passed: number, failed: number, skipped: number }} lines end with the closing line
 */
export function summarizeReports(reports) {
  const lines = [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const { name, text } of reports) {
    let tally;
    if (text === null) {
      tally = {
        passed: 0,
        failed: 1,
        skipped: 0,
        problems: ["no report was written (did its build or its runner fail?)"],
      };
    } else {
      try {
        tally = tallyReport(JSON.parse(text));
      } catch (error) {
        tally = { passed: 0, failed: 1, skipped: 0, problems: [`unreadable report (${error.message})`] };
      }
    }
    lines.push(`ci: ${name}: ${countLine(tally)}`);
    for (const problem of tally.problems) lines.push(`ci: ${name}: FAILED: ${problem}`);
    total.passed += tally.passed;
    total.failed += tally.failed;
    total.skipped += tally.skipped;
  }
  lines.push(countLine(total));
  return { lines, ...total };
}

/** @param {{ passed: number, failed: number, skipped: number }} counts */
function countLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}
