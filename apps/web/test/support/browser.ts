import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { inject } from "vitest";

let shared: Promise<Browser> | null = null;

/** The Chromium started by the global setup, connected once per test file. */
export function browser(): Promise<Browser> {
  shared ??= chromium.connect(inject("wsEndpoint"));
  return shared;
}

/** The absolute URL of a path on the served export. */
export function urlOf(path: string): string {
  return new URL(path, inject("baseUrl")).toString();
}

/** A page in a fresh context, recording console errors and failed page errors as they happen. */
export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** Opens a path in a new context (light theme unless told otherwise) and waits for the page to load. */
export async function openPage(path: string, options: BrowserContextOptions = {}): Promise<OpenPage> {
  const context = await (await browser()).newContext({ colorScheme: "light", ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(urlOf(path), { waitUntil: "load" });
  if (response && response.status() < 400) await page.waitForSelector("html[data-interactive]", { state: "attached" });
  return { page, context, errors, close: () => context.close() };
}
