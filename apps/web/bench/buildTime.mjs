// @ts-check
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { compressDir } from "../scripts/compress.mjs";

const APP = resolve(import.meta.dirname, "..");

/**
 * Builds the static export (`next build`) into `.bench/<name>` from a dataset file (or the shipped one),
 * then precompresses it as `pnpm build` does, and measures the wall time of each step.
 * @param {{ name: string, dataset?: string }} options
 * @returns {Promise<{ name: string, seconds: number, compressSeconds: number, pages: number | null }>}
 */
export function buildTime({ name, dataset }) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PARLEY_OUT_DIR: `.bench/${name}` };
  if (dataset) env.PARLEY_DATASET = dataset;
  else delete env.PARLEY_DATASET;
  const started = process.hrtime.bigint();
  return new Promise((done, fail) => {
    const child = spawn(resolve(APP, "node_modules", ".bin", "next"), ["build"], {
      cwd: APP,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("error", fail);
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return fail(new Error(`next build (${name}) failed with code ${code}:\n${log.slice(-2000)}`));
      const pages = /Generating static pages[^\n]*\((\d+)\/(\d+)\)/g;
      let last = null;
      for (const m of log.matchAll(pages)) last = Number(m[2]);
      const compressStarted = process.hrtime.bigint();
      compressDir(resolve(APP, ".bench", name));
      done({ name, seconds, compressSeconds: Number(process.hrtime.bigint() - compressStarted) / 1e9, pages: last });
    });
  });
}
