import AxeBuilder from "@axe-core/playwright";
import { afterAll, describe, expect, test } from "vitest";
import { browser, urlOf } from "../support/browser";
import { samplePages } from "../support/samplePages";

afterAll(async () => {
  await (await browser()).close();
});

const pages = [...samplePages().map(([path]) => path), "/timeline/?kind=official-visit", "/search/?q=volodin", "/no-such-page/"];

describe.concurrent.each(["light", "dark"] as const)("accessibility in the %s theme", (colorScheme) => {
  test.each(pages)("%s has no serious or critical axe violation", async (path) => {
    const context = await (await browser()).newContext({ colorScheme });
    try {
      const page = await context.newPage();
      await page.goto(urlOf(path), { waitUntil: "load" });
      await page.waitForSelector("html[data-interactive]", { state: "attached" });
      if (path.includes("?")) await page.waitForFunction(() => !/Filtering…|Loading/.test(document.querySelector('[role="status"]')?.textContent ?? ""));
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      const serious = results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
      expect(serious).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
