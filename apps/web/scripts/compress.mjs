#!/usr/bin/env node
// @ts-check
// Writes .br and .gz beside the text files of the static export (not the RSC .txt payloads, 3–4 per page), so the server sends them compressed.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TEXT = /\.(html|js|css|json|jsonl|xml|svg|csv|ics)$/;
const MIN_BYTES = 1024;

/**
 * Compresses every text file of at least 1 KB under a folder (brotli quality 5 and gzip level 6: most of the gain at a fraction of the time),
 * skipping files whose compressed copies are already newer. Returns how many files it compressed.
 * @param {string} dir
 * @returns {number}
 */
export function compressDir(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      count += compressDir(path);
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
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 6 }));
    writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
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
