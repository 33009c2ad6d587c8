// @ts-check
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const LIGHTHOUSE = resolve(import.meta.dirname, "..", "node_modules", ".bin", "lighthouse");
const FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

/**
 * Runs Lighthouse (its CLI: mobile emulation and simulated throttling, the defaults) on one URL with Debian's Chromium,
 * and reads the four category scores (0–100) and the CLS from its JSON report.
 * @param {string} url
 * @returns {Promise<{
 *   url: string, performance: number, accessibility: number, bestPractices: number, seo: number, cls: number,
 *   lcpMs: number, tbtMs: number
 * }>}
 */
export function lighthouseRun(url) {
  const dir = mkdtempSync(join(tmpdir(), "parley-lh-"));
  const output = join(dir, "report.json");
  const args = [
    url,
    "--quiet",
    "--output=json",
    `--output-path=${output}`,
    `--chrome-flags=${FLAGS}`,
    "--only-categories=performance,accessibility,best-practices,seo",
  ];
  return new Promise((done, fail) => {
    execFile(
      LIGHTHOUSE,
      args,
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error) => {
        try {
          if (error) throw new Error(`lighthouse failed on ${url}: ${error.message.split("\n")[0]}`);
          const report = JSON.parse(readFileSync(output, "utf8"));
          const score = (/** @type {string} */ id) => Math.round((report.categories[id]?.score ?? 0) * 100);
          done({
            url,
            performance: score("performance"),
            accessibility: score("accessibility"),
            bestPractices: score("best-practices"),
            seo: score("seo"),
            cls: report.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
            lcpMs: Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? NaN),
            tbtMs: Math.round(report.audits["total-blocking-time"]?.numericValue ?? NaN),
          });
        } catch (e) {
          fail(e);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    );
  });
}
