import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { summarizeReports, tallyReport } from "../src/summarizeReports.mjs";

/** The text of a report vitest wrote (fixtures/ holds real reports, with their paths shortened). */
const fixture = (name) => readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), "utf8");

describe("tallyReport", () => {
  test("a runner whose tests passed counts its passes and skips and fails nothing", () => {
    expect(tallyReport(JSON.parse(fixture("passed")))).toEqual({ passed: 2, failed: 0, skipped: 1, problems: [] });
  });

  test("a failed test counts once", () => {
    expect(tallyReport(JSON.parse(fixture("failed")))).toEqual({ passed: 2, failed: 1, skipped: 1, problems: [] });
  });

  test("a test file whose beforeAll threw counts as failed, and its tests as skipped", () => {
    const tally = tallyReport(JSON.parse(fixture("beforeAll-threw")));
    expect(tally).toMatchObject({ passed: 1, failed: 1, skipped: 4 });
    expect(tally.problems).toEqual([
      "/repo/packages/example/test/broken.test.mjs failed outside its tests (a hook threw or it did not load)",
    ]);
  });

  test("a runner whose global setup threw counts as failed although no test failed", () => {
    const tally = tallyReport(JSON.parse(fixture("global-setup-failed")));
    expect(tally).toMatchObject({ passed: 0, failed: 1, skipped: 0 });
    expect(tally.problems[0]).toMatch(/success=false/);
  });

  test("a test file that threw while loading counts as failed, with the first line of its error", () => {
    const report = {
      success: false,
      numPassedTests: 0,
      numFailedTests: 0,
      testResults: [
        {
          name: "a.test.ts",
          status: "failed",
          message: "Error: import crash\n    at a.test.ts:2",
          assertionResults: [],
        },
      ],
    };
    expect(tallyReport(report)).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
      problems: ["a.test.ts failed outside its tests: Error: import crash"],
    });
  });

  test("a runner that ran no test counts as failed", () => {
    const report = { success: true, numTotalTests: 0, numPassedTests: 0, numFailedTests: 0, testResults: [] };
    expect(tallyReport(report)).toMatchObject({ failed: 1, problems: ["the runner ran no tests"] });
  });
});

describe("summarizeReports", () => {
  test("sums every runner into a closing line that comes last", () => {
    const summary = summarizeReports([
      { name: "core", text: fixture("passed") },
      { name: "web", text: fixture("failed") },
    ]);
    expect(summary).toMatchObject({ passed: 4, failed: 1, skipped: 2 });
    expect(summary.lines).toEqual([
      "ci: core: 2 passed, 0 failed, 1 skipped",
      "ci: web: 2 passed, 1 failed, 1 skipped",
      "4 passed, 1 failed, 2 skipped",
    ]);
  });

  test("a runner whose report is missing counts as failed and is named", () => {
    const summary = summarizeReports([
      { name: "core", text: fixture("passed") },
      { name: "tui", text: null },
    ]);
    expect(summary.failed).toBe(1);
    expect(summary.lines).toContain("ci: tui: FAILED: no report was written (did its build or its runner fail?)");
    expect(summary.lines.at(-1)).toBe("2 passed, 1 failed, 1 skipped");
  });

  test("an unreadable report counts as failed", () => {
    const summary = summarizeReports([{ name: "web", text: "{ not json" }]);
    expect(summary.failed).toBe(1);
    expect(summary.lines[1]).toMatch(/^ci: web: FAILED: unreadable report \(/);
  });

  test("the three ways a runner can fail without a failed test are all counted", () => {
    const summary = summarizeReports([
      { name: "core", text: fixture("beforeAll-threw") },
      { name: "web", text: fixture("global-setup-failed") },
      { name: "tui", text: null },
    ]);
    expect(summary.lines.at(-1)).toBe("1 passed, 3 failed, 4 skipped");
  });
});
