import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
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
