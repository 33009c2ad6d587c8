// @ts-check
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { compressionLevels } from "../scripts/compress.mjs";

/**
 * The bytes the server sends for one file of the export to a client accepting an encoding: the size of the precompressed
 * copy (`.br` or `.gz`) it would pick, or of the file itself when there is none.
 * @param {string} path
 * @param {"br" | "gz"} encoding
 * @returns {number}
 */
export function servedBytes(path, encoding) {
  const copy = `${path}.${encoding}`;
  return existsSync(copy) ? statSync(copy).size : statSync(path).size;
}

/** The `<script src>` paths of a page's HTML that a modern browser fetches (no `noModule` polyfills). */
export function scriptSources(/** @type {string} */ html) {
  /** @type {string[]} */
  const sources = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = match[1] ?? "";
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src && !/\bnoModule\b/i.test(attrs)) sources.push(src.split("?")[0] ?? src);
  }
  return sources;
}

/**
 * The script chunks a page can load later, on use (e.g. the search dialog and engine): every `static/chunks/….js` named
 * inside the scripts it loads up front, and inside those chunks in turn, that the page does not load up front.
 * Returns their paths under the export, e.g. "/_next/static/chunks/x.js".
 * @param {string} outDir the static export
 * @param {string} route e.g. "/"
 * @returns {string[]}
 */
export function lazyChunksOf(outDir, route) {
  const upFront = new Set(scriptSources(readFileSync(join(outDir, route, "index.html"), "utf8")));
  /** @type {Set<string>} */
  const lazy = new Set();
  const queue = [...upFront];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const file = join(outDir, path);
    if (!existsSync(file)) continue;
    for (const match of readFileSync(file, "utf8").matchAll(/"(static\/chunks\/[^"]+\.js)"/g)) {
      const chunk = `/_next/${match[1]}`;
      if (upFront.has(chunk) || lazy.has(chunk)) continue;
      lazy.add(chunk);
      queue.push(chunk);
    }
  }
  return [...lazy].filter((chunk) => existsSync(join(outDir, chunk)));
}

/**
 * The client JavaScript a page loads up front: every external `<script src>` in its HTML (skipping `noModule` polyfills,
 * which modern browsers do not fetch), counted as the bytes the server sends with brotli (`br`) and with gzip (`gzip`);
 * plus the inline scripts (the page's RSC payload), which travel inside the HTML, estimated apart as their own brotli
 * and gzip sizes at the HTML's levels.
 * @param {string} outDir the static export
 * @param {string} route e.g. "/events/x/"
 * @returns {{ route: string, scripts: number, br: number, gzip: number, inlineBr: number, inlineGzip: number }}
 */
export function jsOfRoute(outDir, route) {
  const file = join(outDir, route, "index.html");
  if (!existsSync(file)) throw new Error(`no page at ${route} (${file})`);
  const html = readFileSync(file, "utf8");
  const htmlLevels = compressionLevels(join(route, "index.html"));
  let scripts = 0;
  let br = 0;
  let gzip = 0;
  let inline = "";
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? "";
    const body = match[2] ?? "";
    if (/\bnoModule\b/i.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) {
      const path = join(outDir, src.split("?")[0] ?? src);
      if (existsSync(path)) {
        br += servedBytes(path, "br");
        gzip += servedBytes(path, "gz");
        scripts++;
      }
    } else if (body.trim() !== "") {
      inline += body;
    }
  }
  const inlineBr =
    inline === ""
      ? 0
      : brotliCompressSync(inline, { params: { [constants.BROTLI_PARAM_QUALITY]: htmlLevels.brotli } }).length;
  const inlineGzip = inline === "" ? 0 : gzipSync(inline, { level: htmlLevels.gzip }).length;
  return { route, scripts, br, gzip, inlineBr, inlineGzip };
}
