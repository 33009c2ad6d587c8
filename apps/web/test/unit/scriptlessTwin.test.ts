import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { scriptlessTwin, withoutScripts } from "../../bench/scriptlessTwin.mjs";

const PAGE =
  '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><link rel="stylesheet" href="/_next/a.css"/>' +
  '<link rel="preload" as="script" href="/_next/x.js"/><link rel="modulepreload" href="/_next/m.js"/>' +
  '<script src="/_next/x.js" async=""></script><title>Chuyến thăm</title></head>' +
  '<body><main><!--$--><h1>Vương Đình Huệ</h1><p>Gặp <a href="/vi/">Володин</a></p><!--/$--></main>' +
  '<script>self.__next_f.push([1,"</p><p>not content</p>"])</script></body></html>';

describe("a page without its scripts", () => {
  test("loses every script element and script preload", () => {
    const html = withoutScripts(PAGE);
    expect(html).not.toMatch(/<script|as="script"|modulepreload|__next_f/u);
  });

  test("keeps its content, styles, title and language", () => {
    const html = withoutScripts(PAGE);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<link rel="stylesheet" href="/_next/a.css">');
    expect(html).toContain("<title>Chuyến thăm</title>");
    expect(html).toContain('<h1>Vương Đình Huệ</h1><p>Gặp <a href="/vi/">Володин</a></p>');
    expect(html).not.toContain("not content");
  });
});

describe("a scriptless twin of an export", () => {
  test("serves the chosen pages without scripts beside the export's static files", () => {
    const out = mkdtempSync(join(tmpdir(), "parley-twin-test-"));
    try {
      mkdirSync(join(out, "_next", "static"), { recursive: true });
      writeFileSync(join(out, "_next", "static", "a.css"), "p{color:red}");
      writeFileSync(join(out, "icon.svg"), "<svg/>");
      writeFileSync(join(out, "index.html"), PAGE);
      mkdirSync(join(out, "events", "e1"), { recursive: true });
      writeFileSync(join(out, "events", "e1", "index.html"), PAGE);
      mkdirSync(join(out, "people"), { recursive: true });
      writeFileSync(join(out, "people", "index.html"), PAGE);

      const twin = scriptlessTwin(out, ["/", "/events/e1/"]);
      try {
        expect(readFileSync(join(twin, "_next", "static", "a.css"), "utf8")).toBe("p{color:red}");
        expect(readFileSync(join(twin, "icon.svg"), "utf8")).toBe("<svg/>");
        for (const page of ["index.html", join("events", "e1", "index.html")])
          expect(readFileSync(join(twin, page), "utf8")).toBe(withoutScripts(PAGE));
        expect(existsSync(join(twin, "people", "index.html"))).toBe(false);
        expect(readFileSync(join(out, "index.html"), "utf8")).toBe(PAGE);
      } finally {
        rmSync(twin, { recursive: true, force: true });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
