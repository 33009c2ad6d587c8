// @ts-check
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The client JavaScript a page loads up front, gzip-compressed: every external `<script src>` in its HTML
 * (skipping `noModule` polyfills, which modern browsers do not fetch), plus the inline scripts (the page's RSC payload) apart.
 * @param {string} outDir the static export
 * @param {string} route e.g. "/events/x/"
 * @returns {{ route: string, scripts: number, external: number, inline: number, total: number }}
 */
export function jsOfRoute(outDir, route) {
  const file = join(outDir, route, "index.html");
  if (!existsSync(file)) throw new Error(`no page at ${route} (${file})`);
  const html = readFileSync(file, "utf8");
  let external = 0;
  let scripts = 0;
  let inline = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? "";
    const body = match[2] ?? "";
    if (/\bnoModule\b/i.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) {
      const path = join(outDir, src.split("?")[0] ?? src);
      if (existsSync(path)) {
        external += gzipSync(readFileSync(path), { level: 9 }).length;
        scripts++;
      }
    } else if (body.trim() !== "") {
      inline += gzipSync(body, { level: 9 }).length;
    }
  }
  return { route, scripts, external, inline, total: external + inline };
}
