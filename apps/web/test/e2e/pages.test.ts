import { afterAll, describe, expect, test } from "vitest";
import { browser, openPage } from "../support/browser";
import { samplePages } from "../support/samplePages";

afterAll(async () => {
  await (await browser()).close();
});

describe("every page type", () => {
  test.each(samplePages())("%s renders its heading with no console errors", async (path, heading) => {
    const { page, errors, close } = await openPage(path);
    await expect(page.locator("h1").first().textContent()).resolves.toContain(heading);
    await expect(page.title()).resolves.toMatch(/Parley/);
    expect(errors).toEqual([]);
    await close();
  });
});
