import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Dataset } from "../schema/Dataset.js";
import { findSourceTextsDir } from "./findSourceTextsDir.js";

/**
 * Reads the texts of the sources that name a `textFile`, keyed by source id; missing files are left out. `dataset`
 * may be a value not yet validated: sources without a string id or `textFile` are passed over.
 */
export function loadSourceTexts(
  dataset: Pick<Dataset, "sources"> | unknown,
  dir: string | null = findSourceTextsDir(),
): Map<string, string> {
  const texts = new Map<string, string>();
  const sources = (dataset as { sources?: unknown } | null)?.sources;
  if (!dir || !Array.isArray(sources)) return texts;
  for (const source of sources as unknown[]) {
    const { id, textFile } = (source ?? {}) as { id?: unknown; textFile?: unknown };
    if (typeof id !== "string" || typeof textFile !== "string" || textFile === "") continue;
    const file = join(dir, basename(textFile));
    if (existsSync(file)) texts.set(id, readFileSync(file, "utf8"));
  }
  return texts;
}
