import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { jsOfRoute, lazyChunksOf, servedBytes } from "../../bench/jsPerRoute.mjs";
import { compressDir, compressionLevels, PAGE_LEVELS, SHARED_LEVELS } from "../../scripts/compress.mjs";
import { pageRedirect, parsePort, portFromArgs, startStaticServer } from "../../scripts/staticServer.mjs";

describe("the serve script's port", () => {
  test("defaults to 3000", () => {
    expect(portFromArgs([], {})).toEqual({ ok: true, port: 3000 });
  });
  test("comes from --port N, --port=N or PORT, the flag winning", () => {
    expect(portFromArgs(["--port", "4000"], {})).toEqual({ ok: true, port: 4000 });
    expect(portFromArgs(["--port=4001"], { PORT: "5000" })).toEqual({ ok: true, port: 4001 });
    expect(portFromArgs([], { PORT: "5000" })).toEqual({ ok: true, port: 5000 });
  });
  test("accepts the -- that `pnpm start -- --port N` passes through", () => {
    expect(portFromArgs(["--", "--port", "4002"], {})).toEqual({ ok: true, port: 4002 });
  });
  test("rejects a bad port with one line", () => {
    for (const bad of ["abc", "-1", "70000", "3.5", ""]) {
      const result = parsePort(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^invalid port ".*": use a whole number from 0 to 65535$/);
    }
    expect(portFromArgs(["--port"], {})).toEqual({ ok: false, error: "--port needs a number, e.g. --port 3000" });
    expect(portFromArgs(["--verbose"], {}).ok).toBe(false);
  });
});

describe("the static server", () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-serve-"));
  mkdirSync(join(dir, "people", "x"), { recursive: true });
  writeFileSync(join(dir, "index.html"), "<h1>home</h1>");
  writeFileSync(join(dir, "people", "x", "index.html"), "<h1>person x</h1>");
  writeFileSync(join(dir, "404.html"), "<h1>not here</h1>");

  test("redirects a page asked for without its trailing slash, keeping the query", () => {
    expect(pageRedirect(dir, "/people/x?from=2023")).toBe("/people/x/?from=2023");
    expect(pageRedirect(dir, "/people/x/")).toBeNull();
    expect(pageRedirect(dir, "/people/nobody")).toBeNull();
  });

  test("serves pages, and the 404 page with status 404 for anything unknown", async () => {
    const server = await startStaticServer({ dir, port: 0 });
    try {
      const page = await fetch(new URL("/people/x/", server.url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("person x");
      const missing = await fetch(new URL("/people/nobody/", server.url));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain("not here");
      const bad = await fetch(new URL("/%E0%A4%A/", server.url));
      expect([400, 404]).toContain(bad.status);
    } finally {
      await server.close();
    }
  });
});

/** Fetches a path without decoding it, so the test sees the bytes on the wire. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => done({ headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on("error", fail)
      .end();
  });
}

describe("precompression", () => {
  test("uses the highest levels for the shared assets under _next/static and faster ones for pages", () => {
    expect(compressionLevels("_next/static/chunks/app.js")).toEqual(SHARED_LEVELS);
    expect(compressionLevels("/_next/static/css/site.css")).toEqual(SHARED_LEVELS);
    expect(compressionLevels("people/x/index.html")).toEqual(PAGE_LEVELS);
    expect(compressionLevels("search/index.json")).toEqual(PAGE_LEVELS);
    expect(SHARED_LEVELS).toEqual({ brotli: 11, gzip: 9 });
  });

  const dir = mkdtempSync(join(tmpdir(), "parley-compress-"));
  mkdirSync(join(dir, "_next", "static", "chunks"), { recursive: true });
  mkdirSync(join(dir, "people", "x"), { recursive: true });
  // Text with enough structure that brotli 11 beats brotli 5 by a clear margin.
  const script = Array.from(
    { length: 3000 },
    (_, i) => `export function f${i}(a){return a*${i % 97}+"${(i * 7919).toString(36)}";}`,
  ).join("\n");
  writeFileSync(join(dir, "_next", "static", "chunks", "app.js"), script);
  writeFileSync(
    join(dir, "people", "x", "index.html"),
    `<!doctype html><script src="/_next/static/chunks/app.js"></script>` +
      `<script>self.__next_f.push([1,"${"payload ".repeat(200)}"])</script><h1>x</h1>`,
  );
  writeFileSync(join(dir, "tiny.js"), "let a = 1;");
  compressDir(dir);

  test("writes brotli and gzip copies that decode to the file, smaller at the shared levels than at the page levels", () => {
    const path = join(dir, "_next", "static", "chunks", "app.js");
    const br = readFileSync(`${path}.br`);
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${path}.gz`)).toString()).toBe(script);
    const atPageLevel = brotliCompressSync(script, {
      params: { [constants.BROTLI_PARAM_QUALITY]: PAGE_LEVELS.brotli },
    });
    expect(br.length).toBeLessThan(atPageLevel.length);
    expect(() => statSync(join(dir, "tiny.js.br"))).toThrow();
  });

  test("the server sends the .br copy to a client accepting brotli and the .gz copy to one accepting only gzip", async () => {
    const server = await startStaticServer({ dir, port: 0 });
    try {
      const url = new URL("/_next/static/chunks/app.js", server.url).toString();
      const path = join(dir, "_next", "static", "chunks", "app.js");
      const withBrotli = await rawGet(url, { "Accept-Encoding": "br, gzip" });
      expect(withBrotli.headers["content-encoding"]).toBe("br");
      expect(withBrotli.body.equals(readFileSync(`${path}.br`))).toBe(true);
      const withGzip = await rawGet(url, { "Accept-Encoding": "gzip" });
      expect(withGzip.headers["content-encoding"]).toBe("gzip");
      expect(withGzip.body.equals(readFileSync(`${path}.gz`))).toBe(true);
      const plain = await rawGet(url, {});
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString()).toBe(script);
    } finally {
      await server.close();
    }
  });

  test("the JavaScript benchmark counts the bytes the server sends, falling back to the file without a copy", () => {
    const path = join(dir, "_next", "static", "chunks", "app.js");
    expect(servedBytes(path, "br")).toBe(statSync(`${path}.br`).size);
    expect(servedBytes(join(dir, "tiny.js"), "br")).toBe(statSync(join(dir, "tiny.js")).size);
    const page = jsOfRoute(dir, "/people/x/");
    expect(page).toMatchObject({
      route: "/people/x/",
      scripts: 1,
      br: statSync(`${path}.br`).size,
      gzip: statSync(`${path}.gz`).size,
    });
    expect(page.inlineBr).toBeGreaterThan(0);
  });

  test("the JavaScript benchmark finds the chunks a page loads only on use, through chunks that load other chunks", () => {
    const chunks = join(dir, "_next", "static", "chunks");
    writeFileSync(join(chunks, "entry.js"), 'load(["static/chunks/dialog.js"]); load(["static/chunks/entry.js"])');
    writeFileSync(join(chunks, "dialog.js"), 'load(["static/chunks/engine.js"])');
    writeFileSync(join(chunks, "engine.js"), "engine()");
    mkdirSync(join(dir, "lazy"), { recursive: true });
    writeFileSync(
      join(dir, "lazy", "index.html"),
      '<script src="/_next/static/chunks/entry.js" async=""></script><script src="/_next/static/chunks/old.js" noModule=""></script>',
    );
    expect(lazyChunksOf(dir, "/lazy/").sort()).toEqual([
      "/_next/static/chunks/dialog.js",
      "/_next/static/chunks/engine.js",
    ]);
  });
});
