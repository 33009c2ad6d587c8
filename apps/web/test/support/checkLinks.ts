import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** One internal link that leads nowhere: the page it is on, the href, and why. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "_next") out.push(...htmlFiles(path));
    } else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

const decode = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');

/** The URL path a page file is served at (`out/people/x/index.html` → `/people/x/`). */
function pathOf(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join("/");
  return rel.endsWith("index.html") ? `/${rel.slice(0, -"index.html".length)}` : `/${rel}`;
}

/**
 * Walks every HTML page of the export and resolves every internal `href` (and `#anchor`) against the files on disk.
 * Returns the links that lead nowhere, and how many were checked.
 */
export function checkLinks(outDir: string): { pages: number; links: number; broken: BrokenLink[] } {
  const files = htmlFiles(outDir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of files) {
    const page = pathOf(outDir, file);
    const html = readFileSync(file, "utf8");
    for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const href = decode(match[1]!);
      if (/^(https?:|mailto:|tel:)/.test(href) || href.startsWith("//")) continue;
      links++;
      const [beforeHash, hash = ""] = href.split("#", 2) as [string, string?];
      const path = (beforeHash.split("?")[0] ?? "") || page;
      if (!path.startsWith("/")) {
        broken.push({ page, href, reason: "relative links are not used on this site" });
        continue;
      }
      let target: string;
      try {
        target = decodeURIComponent(path).endsWith("/")
          ? join(outDir, decodeURIComponent(path), "index.html")
          : join(outDir, decodeURIComponent(path));
      } catch {
        broken.push({ page, href, reason: "not a valid URL" });
        continue;
      }
      if (!existsSync(target)) {
        broken.push({ page, href, reason: path.endsWith("/") ? "no such page" : "no such file" });
        continue;
      }
      if (hash && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(hash)))
        broken.push({ page, href, reason: `no element with id "${hash}" on that page` });
    }
  }
  return { pages: files.length, links, broken };
}
