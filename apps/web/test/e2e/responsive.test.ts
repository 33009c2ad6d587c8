import { afterAll, describe, expect, test } from "vitest";
import { browser, openPage } from "../support/browser";
import { samplePages } from "../support/samplePages";

afterAll(async () => {
  await (await browser()).close();
});

describe("at 360 px wide", () => {
  test.each(samplePages().map(([path]) => path))("%s does not scroll sideways (wide tables scroll in their own box)", async (path) => {
    const { page, close } = await openPage(path, { viewport: { width: 360, height: 740 } });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await close();
  });
});
