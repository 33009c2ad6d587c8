import { afterAll, describe, expect, test } from "vitest";
import { browser, openPage } from "../support/browser";

afterAll(async () => {
  await (await browser()).close();
});

/** Opens the type-ahead with "/" and types a query; resolves with the option texts once results show. */
async function typeAhead(page: import("playwright-core").Page, query: string): Promise<string[]> {
  await page.keyboard.press("/");
  const input = page.locator("dialog.search-dialog input[role=combobox]");
  await input.waitFor();
  await input.fill(query);
  await page.locator('[role="option"]').first().waitFor();
  return page.locator('[role="option"]').allTextContents();
}

describe("type-ahead search", () => {
  test("“vuong dinh hue” finds Vương Đình Huệ without accents", async () => {
    const { page, errors, close } = await openPage("/");
    const options = await typeAhead(page, "vuong dinh hue");
    expect(options[0]).toMatch(/Vương Đình Huệ|Vuong Dinh Hue/);
    expect(options.join(" ")).toContain("Vương Đình Huệ");
    expect(errors).toEqual([]);
    await close();
  });

  test("“Володин” in Cyrillic finds Volodin", async () => {
    const { page, close } = await openPage("/timeline/");
    const options = await typeAhead(page, "Володин");
    expect(options[0]).toContain("Vyacheslav Volodin");
    await close();
  });

  test("the index is fetched on first open, not shipped in the page", async () => {
    const { page, close } = await openPage("/people/");
    const html = await page.content();
    expect(html).not.toContain("parley-search-index");
    const request = page.waitForRequest((r) => r.url().endsWith("/search/index.json"));
    await page
      .getByRole("link", { name: /Search/ })
      .first()
      .click();
    await request;
    await close();
  });

  test("keyboard only: Tab reaches the search button, arrows choose a result and Enter opens it", async () => {
    const { page, close } = await openPage("/");
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.classList.contains("search-button") ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    const input = page.locator("dialog.search-dialog input[role=combobox]");
    await input.waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("combobox");
    await page.keyboard.type("volodin");
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press("ArrowDown");
    await expect(page.locator('[role="option"][aria-selected="true"]').count()).resolves.toBe(1);
    const chosen = await page.locator('[role="option"][aria-selected="true"]').textContent();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname !== "/");
    await expect(page.locator("h1").first().textContent()).resolves.toContain(
      (chosen ?? "")
        .replace(/^(Person|Event|Organization|Office|Place|Topic|Source|Document|Country)\s*/, "")
        .split(" — ")[0]!
        .trim(),
    );
    await close();
  });

  test("Escape closes the dialog and Ctrl-K opens it again", async () => {
    const { page, close } = await openPage("/");
    await page.keyboard.press("Control+k");
    await page.locator("dialog.search-dialog input[role=combobox]").waitFor();
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector("dialog.search-dialog")?.hasAttribute("open"));
    await page.keyboard.press("Control+k");
    await page.waitForFunction(() => document.querySelector("dialog.search-dialog")?.hasAttribute("open") ?? false);
    await close();
  });
});

describe("the search page", () => {
  test("shows every result for ?q= grouped by kind", async () => {
    const { page, errors, close } = await openPage("/search/?q=volodin");
    await page.waitForFunction(() => /result/.test(document.querySelector("#search-status")?.textContent ?? ""));
    const headings = await page.locator("main h2").allTextContents();
    expect(headings.some((h) => h.startsWith("People"))).toBe(true);
    expect(headings.some((h) => h.startsWith("Events"))).toBe(true);
    await expect(page.locator("#search-page-q").inputValue()).resolves.toBe("volodin");
    expect(errors).toEqual([]);
    await close();
  });

  test("a query that finds nothing says so", async () => {
    const { page, close } = await openPage("/search/?q=zzzqqqxxx");
    await page.waitForFunction(() => /Nothing found/.test(document.querySelector("#search-status")?.textContent ?? ""));
    await close();
  });
});
