import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Builds dist/cli.js first, so process-level tests always run the current source (tsup takes well under a second). */
export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  execFileSync(join(root, "node_modules", ".bin", "tsup"), [], { cwd: root, stdio: "pipe" });
}
