import AxeBuilder from "@axe-core/playwright";
import type { BrowserContextOptions, Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { browser, urlOf } from "../support/browser";
import { samplePages } from "../support/samplePages";

afterAll(async () => {
  await (await browser()).close();
});

const pages = [
  ...samplePages().map(([path]) => path),
  "/timeline/?kind=official-visit",
  "/search/?q=volodin",
  "/no-such-page/",
];

/** Pages whose tables stack into blocks on a phone: an event's participants, a person's names and offices, the data files, the rules. */
const stackedPages = [
  "/events/2023-10-volodin-visit-vietnam/",
  "/events/2025-09-28-ipcc-fourth-session/",
  "/people/vyacheslav-volodin/",
  "/data/",
  "/methodology/",
];

/** The serious and critical axe violations on a page, one line each; `ready` checks the page is in the state to be tested first. */
async function seriousViolations(
  path: string,
  options: BrowserContextOptions,
  ready?: (page: Page) => Promise<void>,
): Promise<string[]> {
  const context = await (await browser()).newContext(options);
  try {
    const page = await context.newPage();
    await page.goto(urlOf(path), { waitUntil: "load" });
    await page.waitForSelector("html[data-interactive]", { state: "attached" });
    if (path.includes("?"))
      await page.waitForFunction(
        () => !/Filtering…|Loading/.test(document.querySelector('[role="status"]')?.textContent ?? ""),
      );
    await ready?.(page);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join("; ")}`,
      );
  } finally {
    await context.close();
  }
}

describe.concurrent.each(["light", "dark"] as const)("accessibility in the %s theme", (colorScheme) => {
  test.each(pages)("%s has no serious or critical axe violation", async (path) => {
    expect(await seriousViolations(path, { colorScheme })).toEqual([]);
  });
});

describe.concurrent.each(["light", "dark"] as const)("accessibility at 360 px wide in the %s theme", (colorScheme) => {
  test.each(stackedPages)("%s has no serious or critical axe violation with its tables stacked", async (path) => {
    const stacked = async (page: Page) => {
      // the run is only worth having if it sees the stacked layout, not the wide table
      const displays = await page
        .locator("table")
        .evaluateAll((tables) => [
          ...new Set(tables.map((t) => getComputedStyle(t.querySelector("td:not(:empty)")!).display)),
        ]);
      expect(displays).toEqual(["block"]);
    };
    expect(await seriousViolations(path, { colorScheme, viewport: { width: 360, height: 740 } }, stacked)).toEqual([]);
  });
});
