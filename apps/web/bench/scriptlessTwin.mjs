// @ts-check
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Window } from "happy-dom";

/** What runs or fetches script on a page of the export: script elements and the links that preload them. */
const SCRIPTS = 'script, link[rel="preload"][as="script"], link[rel="modulepreload"]';

/**
 * A page's HTML with every script taken out and all else kept (content, styles, head): what the browser has to parse,
 * style and lay out for the page's content alone, before any framework or hydration.
 * @param {string} html
 * @returns {string}
 */
export function withoutScripts(html) {
  const window = new Window();
  try {
    const document = new window.DOMParser().parseFromString(html, "text/html");
    for (const element of document.querySelectorAll(SCRIPTS)) element.remove();
    return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
  } finally {
    void window.happyDOM.close();
  }
}

/**
 * A folder serving the given routes of an export without their scripts, beside the export's own static files (styles,
 * icons), so a page can be measured as content only. The caller removes it.
 * @param {string} outDir the export
 * @param {string[]} routes paths of pages ending in "/"
 * @returns {string}
 */
export function scriptlessTwin(outDir, routes) {
  const dir = mkdtempSync(join(tmpdir(), "parley-scriptless-"));
  cpSync(join(outDir, "_next"), join(dir, "_next"), { recursive: true });
  for (const entry of readdirSync(outDir, { withFileTypes: true }))
    if (entry.isFile() && !entry.name.endsWith(".html")) copyFileSync(join(outDir, entry.name), join(dir, entry.name));
  for (const route of routes) {
    const page = join(route, "index.html");
    mkdirSync(dirname(join(dir, page)), { recursive: true });
    writeFileSync(join(dir, page), withoutScripts(readFileSync(join(outDir, page), "utf8")));
  }
  return dir;
}
