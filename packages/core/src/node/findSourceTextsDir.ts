import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** Environment variable that names the folder holding source texts (e.g. the two articles). */
export const TEXTS_DIR_ENV = "PARLEY_TEXTS_DIR";

/**
 * The folder of source texts: `$PARLEY_TEXTS_DIR` if set, else the first `shared/articles`
 * found beside the working directory or any folder above it; null when there is none.
 */
export function findSourceTextsDir(from: string = process.cwd()): string | null {
  const fromEnv = process.env[TEXTS_DIR_ENV];
  if (fromEnv) return existsSync(fromEnv) ? resolve(fromEnv) : null;
  let here = resolve(from);
  for (;;) {
    const candidate = join(here, "shared", "articles");
    if (existsSync(candidate)) return candidate;
    const up = dirname(here);
    if (up === here) return null;
    here = up;
  }
}
