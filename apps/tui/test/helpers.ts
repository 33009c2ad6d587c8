import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "@parley/core/shipped";

export const appRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const cliPath = join(appRoot, "dist", "cli.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A verdict cache of the tests' own, so they never touch the user's (`XDG_CACHE_HOME`). */
const testCache = mkdtempSync(join(tmpdir(), "parley-tui-cache-"));

/** The locale variables cleared, so the CLI speaks English unless a test gives `--lang` or a locale. */
export const NO_LOCALE = { LC_ALL: "", LC_MESSAGES: "", LANG: "" } as const;

/**
 * Runs the built CLI with piped stdin and stdout (so: no terminal), `CI` and `NO_COLOR` as given; its cache in a
 * temporary folder unless `XDG_CACHE_HOME` is given; in English unless the test gives a locale.
 */
export function runBuilt(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; shell?: string } = {},
): Promise<Run> {
  const env = { ...process.env, ...NO_LOCALE, XDG_CACHE_HOME: testCache, ...options.env };
  const [file, argv] =
    options.shell !== undefined
      ? ["bash", ["-c", `${options.shell}; exec node "$0" "$@"`, cliPath, ...args]]
      : [process.execPath, [cliPath, ...args]];
  return new Promise((resolve) => {
    execFile(file as string, argv as string[], { env, maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "parley-tui-"));
}

/** The shipped dataset as a plain object to modify. */
export function shippedCopy(): Record<string, unknown[]> & Record<string, unknown> {
  return JSON.parse(JSON.stringify(dataset)) as Record<string, unknown[]> & Record<string, unknown>;
}

/** Writes a value as JSON into a file in `dir`, returning the path. */
export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

/** A dataset with two broken references in one event and a bad date in another: three issues, two records. */
export function brokenDataset(): Record<string, unknown> {
  const copy = shippedCopy();
  const events = copy.events as Record<string, unknown>[];
  events[0]!.place = "atlantis";
  (events[0]!.participants as Record<string, unknown>[])[0]!.person = "nobody-at-all";
  events[1]!.date = "2023-13-45";
  return copy;
}
