import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, basename } from "node:path";
import type { Dataset } from "./schema/Dataset.js";
import { validateDataset, type ValidationResult } from "./validate/validateDataset.js";

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

/** Reads the texts of the sources that name a `textFile`, keyed by source id; missing files are left out. */
export function loadSourceTexts(
  dataset: Pick<Dataset, "sources">,
  dir: string | null = findSourceTextsDir(),
): Map<string, string> {
  const texts = new Map<string, string>();
  if (!dir) return texts;
  for (const source of dataset.sources) {
    if (!source.textFile) continue;
    const file = join(dir, basename(source.textFile));
    if (existsSync(file)) texts.set(source.id, readFileSync(file, "utf8"));
  }
  return texts;
}

/** The outcome of reading a JSON file: its value, or one line saying why it could not be read. */
export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Reads and parses a JSON file without throwing. */
export function readJsonFile(path: string): ReadJsonResult {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    return { ok: false, error: `cannot read ${path}: ${why}` };
  }
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    return { ok: false, error: `${path} is not valid JSON: ${(error as Error).message}` };
  }
}

/** Reads a dataset file and validates it, checking fragments against the source texts it can find. */
export function validateDatasetFile(
  path: string,
  textsDir: string | null = findSourceTextsDir(),
): { ok: false; error: string } | { ok: true; result: ValidationResult } {
  const read = readJsonFile(path);
  if (!read.ok) return read;
  const sources = (read.value as { sources?: unknown } | null)?.sources;
  const texts = Array.isArray(sources)
    ? loadSourceTexts(
        { sources: sources.filter((s): s is Dataset["sources"][number] => typeof s?.id === "string") },
        textsDir,
      )
    : new Map<string, string>();
  return { ok: true, result: validateDataset(read.value, { texts }) };
}

/** Writes a file atomically: to a temporary file beside it, then renamed over the target, so a failure never leaves half a file. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
