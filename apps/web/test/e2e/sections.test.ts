import { afterAll, describe, expect, test } from "vitest";
import { browser, openPage, urlOf } from "../support/browser";

afterAll(async () => {
  await (await browser()).close();
});

describe("the network page", () => {
  test("a period filter updates the address, the picture and the table", async () => {
    const { page, errors, close } = await openPage("/network/");
    const allRows = await page.locator("#pairs + .table-wrap tbody tr").count();
    const allLines = await page.locator(".network line.edge").count();
    expect(allLines).toBe(allRows);
    await page.selectOption("#network-from", "2023");
    await page.selectOption("#network-to", "2023");
    await page.waitForFunction(() => window.location.search === "?from=2023&to=2023");
    await page.waitForFunction(() => /2023–2023/.test(document.querySelector("#network-status")?.textContent ?? ""));
    const rows = await page.locator("#pairs + .table-wrap tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(allRows);
    await expect(page.locator(".network line.edge").count()).resolves.toBe(rows);
    expect(errors).toEqual([]);
    await close();
  });

  test("a year that is not a year is reported politely", async () => {
    const { page, close } = await openPage("/network/?from=soon");
    await expect(page.locator(".notice").textContent()).resolves.toContain("“soon” is not a year");
    await close();
  });
});

describe("the data page", () => {
  test("every listed file downloads", async () => {
    const { page, close } = await openPage("/data/");
    const hrefs = await page
      .locator("#files ~ .table-wrap a[download]")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs).toContain("/data/parley.json");
    expect(hrefs).toContain("/data/csv/events.csv");
    for (const href of hrefs) {
      const response = await fetch(urlOf(href));
      expect(response.status, href).toBe(200);
    }
    const json = (await (await fetch(urlOf("/data/parley.json"))).json()) as { version: string; events: unknown[] };
    expect(json.events.length).toBeGreaterThan(0);
    await close();
  });
});

describe("the 404 page", () => {
  test("an unknown address answers 404 with search and ways back", async () => {
    const context = await (await browser()).newContext();
    const page = await context.newPage();
    const response = await page.goto(urlOf("/people/no-such-person/"));
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe(
      "Page not found · Không tìm thấy trang · Страница не найдена",
    );
    await expect(page.locator('form[action="/search/"] input[name="q"]').count()).resolves.toBe(1);
    await expect(page.locator('form[action="/vi/search/"] input[name="q"]').count()).resolves.toBe(1);
    await expect(page.locator('form[action="/ru/search/"] input[name="q"]').count()).resolves.toBe(1);
    await expect(page.locator('.language-switcher a[href="/ru/"]').count()).resolves.toBe(1);
    await expect(page.locator('main a[href="/timeline/"]').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});

describe("sitemap and robots", () => {
  test("the sitemap lists a page for every event and robots.txt points to it", async () => {
    const sitemap = await (await fetch(urlOf("/sitemap.xml"))).text();
    expect(sitemap).toContain("/events/2023-10-volodin-visit-vietnam/</loc>");
    const robots = await (await fetch(urlOf("/robots.txt"))).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });
});
