import { afterAll, describe, expect, test } from "vitest";
import { browser, openPage } from "../support/browser";

afterAll(async () => {
  await (await browser()).close();
});

describe("every page type", () => {
  test("the home page renders its heading with no console errors", async () => {
    const { page, errors, close } = await openPage("/");
    await expect(page.locator("h1").first().textContent()).resolves.toContain("Parley");
    expect(errors).toEqual([]);
    await close();
  });
});
