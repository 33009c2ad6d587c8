import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { OUT_DIR, startStaticServer } from "../../scripts/staticServer.mjs";
import { CHROMIUM_ARGS, ensureChromium } from "./ensureChromium";

declare module "vitest" {
  export interface ProvidedContext {
    /** The static export's address, e.g. http://127.0.0.1:41234/ */
    baseUrl: string;
    /** Where the shared Chromium listens for Playwright. */
    wsEndpoint: string;
  }
}

/** Serves the built export on a free port and starts one Chromium for every browser test file. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(OUT_DIR, "index.html"))) {
    throw new Error(
      `no static export in ${OUT_DIR}: build the site first (npx -y pnpm@10.34.9 --filter @parley/web build)`,
    );
  }
  const executablePath = ensureChromium();
  const server = await startStaticServer({ port: 0 });
  let browser: BrowserServer;
  try {
    browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    await server.close();
    throw error;
  }
  project.provide("baseUrl", server.url);
  project.provide("wsEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
