import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where Debian installs Chromium; the tests never download a browser of their own. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** The flags every headless Chromium gets here (no sandbox as root, no background network chatter). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Makes sure Debian's Chromium is installed: installs it with apt when running as root,
 * otherwise throws one clear line saying how to install it.
 */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: install it with "sudo apt-get install -y --no-install-recommends chromium" and run the tests again`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { stdio: "ignore", env });
  } catch {
    throw new Error(`${CHROMIUM_PATH} is missing and "apt-get install -y --no-install-recommends chromium" failed`);
  }
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`${CHROMIUM_PATH} is still missing after installing the chromium package`);
  return CHROMIUM_PATH;
}
