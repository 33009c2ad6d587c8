import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test } from "vitest";

const script = fileURLToPath(new URL("../../../.ci/summarize.mjs", import.meta.url));
const fixture = (name) => fileURLToPath(new URL(`fixtures/${name}.json`, import.meta.url));

/** Runs .ci/summarize.mjs over a folder holding the given runners' reports, each a copy of a fixture. */
function summarize(reports) {
  const dir = mkdtempSync(join(tmpdir(), "parley-ci-"));
  dirs.push(dir);
  for (const [runner, name] of Object.entries(reports)) copyFileSync(fixture(name), join(dir, `${runner}.json`));
  const run = spawnSync(process.execPath, [script, dir], { encoding: "utf8" });
  return { status: run.status, lines: run.stdout.trim().split("\n") };
}

const dirs = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe(".ci/summarize.mjs", () => {
  test("exits 0 and prints the closing line last when every expected runner passed", () => {
    const run = summarize({ core: "passed", web: "passed", tui: "passed", ci: "passed" });
    expect(run.lines.at(-1)).toBe("8 passed, 0 failed, 4 skipped");
    expect(run.status).toBe(0);
  });

  test("exits non-zero and counts a failure when an expected runner wrote no report", () => {
    const run = summarize({ core: "passed", tui: "passed", ci: "passed" });
    expect(run.lines).toContain("ci: web: FAILED: no report was written (did its build or its runner fail?)");
    expect(run.lines.at(-1)).toBe("6 passed, 1 failed, 3 skipped");
    expect(run.status).toBe(1);
  });

  test("exits non-zero when a runner's global setup threw", () => {
    const run = summarize({ core: "passed", web: "global-setup-failed", tui: "passed", ci: "passed" });
    expect(run.lines.at(-1)).toBe("6 passed, 1 failed, 3 skipped");
    expect(run.status).toBe(1);
  });
});
