#!/usr/bin/env node
// @ts-check
// Writes .br and .gz beside the text files of the static export (not the RSC .txt payloads), so the server sends
// them compressed.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TEXT = /\.(html|js|css|json|jsonl|xml|svg|csv|ics)$/;
const MIN_BYTES = 1024;

/** Brotli quality and gzip level for the shared assets: the smallest files, worth the slower compression. */
export const SHARED_LEVELS = Object.freeze({ brotli: 11, gzip: 9 });
/**
 * Brotli quality and gzip level for per-page files: most of the gain at a fraction of the time, for the thousands of
 * pages of a large build.
 */
export const PAGE_LEVELS = Object.freeze({ brotli: 5, gzip: 6 });

/**
 * The compression levels for a file of the export, by its path inside it: the highest for the shared scripts and styles
 * under `_next/static/` (few files, loaded by every page and cached for a year), faster ones for everything else.
 * @param {string} path relative to the export's root, with `/` or the platform's separator
 * @returns {{ brotli: number, gzip: number }}
 */
export function compressionLevels(path) {
  const normalized = path.split(sep).join("/").replace(/^\/+/, "");
  return normalized.startsWith("_next/static/") ? SHARED_LEVELS : PAGE_LEVELS;
}

/**
 * Compresses every text file of at least 1 KB under a folder at the levels `compressionLevels` picks,
 * skipping files whose compressed copies are already newer. Returns how many files it compressed.
 * @param {string} dir
 * @param {string} [root] the export's root, when `dir` is a folder inside it
 * @returns {number}
 */
export function compressDir(dir, root = dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      count += compressDir(path, root);
      continue;
    }
    if (!TEXT.test(entry.name)) continue;
    const stat = statSync(path);
    if (stat.size < MIN_BYTES) continue;
    try {
      if (statSync(`${path}.br`).mtimeMs >= stat.mtimeMs) continue;
    } catch {
      // not compressed yet
    }
    const content = readFileSync(path);
    const levels = compressionLevels(relative(root, path));
    writeFileSync(`${path}.gz`, gzipSync(content, { level: levels.gzip }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: levels.brotli, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
      }),
    );
    count++;
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(import.meta.dirname, "..", process.env.PARLEY_OUT_DIR ?? "out");
  const started = Date.now();
  try {
    const count = compressDir(dir);
    console.log(`compress: ${count} files in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(`compress: ${/** @type {Error} */ (error).message}`);
    process.exit(1);
  }
}
