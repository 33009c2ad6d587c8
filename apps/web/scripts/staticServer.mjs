// @ts-check
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import sirv from "sirv";

/** The folder the static export is written to. */
export const OUT_DIR = resolve(import.meta.dirname, "..", "out");

/**
 * Reads a TCP port from text: a whole number from 0 to 65535 (0 asks the system for a free port).
 * @param {string} text
 * @returns {{ ok: true, port: number } | { ok: false, error: string }}
 */
export function parsePort(text) {
  if (!/^\d{1,5}$/.test(text.trim()))
    return { ok: false, error: `invalid port "${text}": use a whole number from 0 to 65535` };
  const port = Number(text.trim());
  if (port > 65535) return { ok: false, error: `invalid port "${text}": use a whole number from 0 to 65535` };
  return { ok: true, port };
}

/**
 * Picks the port from `--port N` / `--port=N` in the arguments, else `PORT`, else 3000.
 * @param {readonly string[]} argv arguments after the script name
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, port: number } | { ok: false, error: string }}
 */
export function portFromArgs(argv, env) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") continue; // `pnpm start -- --port N` passes the separator through
    if (arg === "--port") {
      const value = argv[i + 1];
      return value === undefined ? { ok: false, error: "--port needs a number, e.g. --port 3000" } : parsePort(value);
    }
    if (arg.startsWith("--port=")) return parsePort(arg.slice("--port=".length));
    return { ok: false, error: `unknown argument "${arg}": the only option is --port N` };
  }
  if (env.PORT !== undefined && env.PORT !== "") return parsePort(env.PORT);
  return { ok: true, port: 3000 };
}

/**
 * Where to send a request for a page without its trailing slash (`/people/x` → `/people/x/`), or null.
 * @param {string} dir
 * @param {string} url
 * @returns {string | null}
 */
export function pageRedirect(dir, url) {
  const q = url.indexOf("?");
  const rawPath = q === -1 ? url : url.slice(0, q);
  if (rawPath.endsWith("/") || /\.[a-z0-9]+$/i.test(rawPath)) return null;
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes("..") || !existsSync(join(dir, path, "index.html"))) return null;
  return `${rawPath}/${q === -1 ? "" : url.slice(q)}`;
}

/**
 * Serves a static export on 127.0.0.1: precompressed files when present, `/path` redirected to `/path/`
 * for pages (the export uses trailing slashes), the export's 404 page for anything unknown.
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startStaticServer(options = {}) {
  const dir = options.dir ?? OUT_DIR;
  const host = options.host ?? "127.0.0.1";
  const notFoundFile = join(dir, "404.html");
  const notFound = existsSync(notFoundFile)
    ? readFileSync(notFoundFile)
    : Buffer.from("<!doctype html><title>Not found</title><h1>Not found</h1>");
  const serve = sirv(dir, {
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ["html"],
    setHeaders(res, pathname) {
      if (pathname.startsWith("/_next/static/")) res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      else res.setHeader("Cache-Control", "no-cache");
      res.setHeader("X-Content-Type-Options", "nosniff");
    },
    onNoMatch(_req, res) {
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" });
      res.end(notFound);
    },
  });
  const server = createServer((req, res) => {
    try {
      const target = pageRedirect(dir, req.url ?? "/");
      if (target) {
        res.writeHead(308, { Location: target });
        res.end();
        return;
      }
      serve(req, res);
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Bad request");
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3000, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : (options.port ?? 3000);
      resolvePromise({
        url: `http://${host}:${port}/`,
        port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
