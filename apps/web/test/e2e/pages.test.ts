import { afterAll, describe, expect, test } from "vitest";
import { browser, openPage } from "../support/browser";

afterAll(async () => {
  await (await browser()).close();
});

/** One page of each type, with words its main heading must contain. */
const pages: [string, string][] = [
  ["/", "Parley"],
  ["/events/2023-10-volodin-visit-vietnam/", "Volodin"],
  ["/people/vyacheslav-volodin/", "Vyacheslav Volodin"],
];

describe("every page type", () => {
  test.each(pages)("%s renders its heading with no console errors", async (path, heading) => {
    const { page, errors, close } = await openPage(path);
    await expect(page.locator("h1").first().textContent()).resolves.toContain(heading);
    expect(errors).toEqual([]);
    await close();
  });
});
