#!/usr/bin/env node
// @ts-check
// Serves the static export (out/) on http://127.0.0.1:3000; `--port N` or PORT changes the port.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { OUT_DIR, portFromArgs, startStaticServer } from "./staticServer.mjs";

const chosen = portFromArgs(process.argv.slice(2), process.env);
if (!chosen.ok) {
  console.error(`serve: ${chosen.error}`);
  process.exit(2);
}
if (!existsSync(join(OUT_DIR, "index.html"))) {
  console.error(
    `serve: no static export in ${OUT_DIR}; build it first (npx -y pnpm@10.34.9 --filter @parley/web build)`,
  );
  process.exit(1);
}
try {
  const server = await startStaticServer({ port: chosen.port });
  console.log(`Parley is served at ${server.url} (Ctrl-C to stop)`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  const why =
    code === "EADDRINUSE"
      ? `port ${chosen.port} is already in use (try --port N)`
      : code === "EACCES"
        ? `no permission to use port ${chosen.port}`
        : String(/** @type {Error} */ (error).message);
  console.error(`serve: ${why}`);
  process.exit(1);
}
