import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { Draft } from "@parley/core/draft";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { browser, openPage } from "../support/browser";

afterAll(async () => {
  await (await browser()).close();
});

const ARTICLES = new URL("../../../../packages/core/eval/articles/", import.meta.url);
const NAME = "en-02-volodin-arrives-hanoi-2023";
const article = readFileSync(new URL(`${NAME}.txt`, ARTICLES), "utf8");
const expected = JSON.parse(readFileSync(new URL(`${NAME}.expected.json`, ARTICLES), "utf8")) as {
  input: { published: string; url: string; publisher: string };
  main: { match: string };
};

/** Fills the form by keyboard-reachable controls and drafts; resolves once the status says it is done. */
async function draftArticle(page: Page): Promise<void> {
  await page.getByLabel("Article: plain text").fill(article);
  await page.getByLabel("Article URL").fill(expected.input.url);
  await page.getByLabel("Published on").fill(expected.input.published);
  await page.getByLabel("Publisher").fill(expected.input.publisher);
  await page.getByRole("button", { name: "Draft records" }).press("Enter");
  await page
    .getByRole("status")
    .filter({ hasText: /Drafted:|failed/ })
    .waitFor();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
}

describe("the curate page", () => {
  test("drafts an article in the browser: marks linked spans, the match, and a download that is a valid Draft", async () => {
    const { page, errors, close } = await openPage("/curate/");
    const scripts: string[] = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    const before = scripts.length;
    await draftArticle(page);
    expect(await page.getByRole("status").textContent()).toMatch(/^Drafted: /);
    // Focus moves to the results, so a keyboard or screen-reader user lands on them.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("The draft");
    // Recognised names link to their pages; the main event links to the recorded one.
    await page.locator('.curate-text mark a[href="/people/vyacheslav-volodin/"]').first().waitFor();
    await page.locator(`.curate-events a[href="/events/${expected.main.match}/"]`).first().waitFor();
    // The draft's code came on demand, after the page had loaded.
    expect(scripts.length).toBeGreaterThan(before);
    const json = await page
      .getByRole("link", { name: "Download the draft (JSON)" })
      .evaluate(async (a) => (await fetch((a as HTMLAnchorElement).href)).text());
    const draft = Draft.parse(JSON.parse(json));
    expect(draft.source.url).toBe(expected.input.url);
    expect(draft.events[0]?.match).toBe(expected.main.match);
    for (const m of draft.mentions) expect(draft.text.slice(m.start, m.end)).toBe(m.text);
    expect(errors).toEqual([]);

    // The code loaded for drafting is not loaded by other pages.
    const other = await openPage("/timeline/");
    const otherScripts = await other.page.evaluate(() =>
      performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname),
    );
    await other.close();
    const draftOnly = scripts.slice(before);
    expect(draftOnly.filter((s) => otherScripts.includes(s))).toEqual([]);
    await close();
  });

  test.each(["light", "dark"] as const)("passes axe with a draft shown in the %s theme", async (colorScheme) => {
    const { page, close } = await openPage("/curate/", { colorScheme });
    await draftArticle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });

  test("drafts a saved web page opened as a file: the article's text, URL and date come from the page", async () => {
    const escape = (line: string) => line.replace(/&/gu, "&amp;").replace(/</gu, "&lt;");
    const [headline, ...body] = article.split(/\n+/u).filter((line) => line.trim() !== "");
    const html =
      `<!doctype html><html lang="en"><head><title>${escape(headline!)} | Example Wire</title>` +
      `<link rel="canonical" href="${expected.input.url}">` +
      `<meta property="article:published_time" content="${expected.input.published}T09:00:00+07:00">` +
      `</head><body><nav><a href="/">Home</a> <a href="/world">World</a> Subscribe to our newsletter</nav>` +
      `<article><h1>${escape(headline!)}</h1>${body.map((line) => `<p>${escape(line)}</p>`).join("")}</article>` +
      `<footer>Copyright notice and cookie settings</footer></body></html>`;
    const { page, errors, close } = await openPage("/curate/");
    await page.getByLabel("Or open a file (.txt, .html)").setInputFiles({
      name: "saved-page.html",
      mimeType: "text/html",
      buffer: Buffer.from(html, "utf8"),
    });
    await page.getByText("Read saved-page.html").waitFor();
    await page.getByRole("button", { name: "Draft records" }).press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: /Drafted:|failed/ })
      .waitFor();
    const json = await page
      .getByRole("link", { name: "Download the draft (JSON)" })
      .evaluate(async (a) => (await fetch((a as HTMLAnchorElement).href)).text());
    const draft = Draft.parse(JSON.parse(json));
    expect(draft.source.url).toBe(expected.input.url);
    expect(draft.source.published).toBe(expected.input.published);
    expect(draft.text).not.toContain("newsletter");
    expect(draft.text).not.toContain("<p>");
    expect(draft.events[0]?.match).toBe(expected.main.match);
    expect(errors).toEqual([]);
    await close();
  });

  test("says what is wrong when there is no text, without drafting", async () => {
    const { page, close } = await openPage("/curate/");
    await page.getByRole("button", { name: "Draft records" }).click();
    expect(await page.getByRole("status").textContent()).toMatch(/Paste an article/);
    expect(await page.locator(".curate-results").count()).toBe(0);
    await close();
  });
});
