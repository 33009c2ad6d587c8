import { afterAll, describe, expect, test } from "vitest";
import { browser, openPage } from "../support/browser";

afterAll(async () => {
  await (await browser()).close();
});

describe("keyboard use", () => {
  test("the first Tab shows the skip link, and Enter moves to the content", async () => {
    const { page, close } = await openPage("/events/2023-10-volodin-visit-vietnam/");
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, top: el.getBoundingClientRect().top };
    });
    expect(skip.text).toBe("Skip to content");
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "main");
    await close();
  });

  test("focused controls show a visible outline", async () => {
    const { page, close } = await openPage("/timeline/");
    await page.focus("#filter-kind");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as HTMLElement);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).toBe("solid");
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await close();
  });

  test("the network's people are reachable with Tab and named for screen readers", async () => {
    const { page, close } = await openPage("/network/");
    const label = await page.locator(".network svg a").first().getAttribute("aria-label");
    expect(label).toMatch(/: met \d+ (person|people)$/);
    await page.locator(".network svg a").first().focus();
    await expect(page.evaluate(() => document.activeElement?.closest("svg") !== null)).resolves.toBe(true);
    await close();
  });
});
