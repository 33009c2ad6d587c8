import { afterAll, describe, expect, test } from "vitest";
import { browser, openPage } from "../support/browser";

afterAll(async () => {
  await (await browser()).close();
});

describe("the timeline", () => {
  test("a filter updates both the address and the list, and reloading the address restores it", async () => {
    const { page, errors, close } = await openPage("/timeline/");
    const all = await page.locator("li.event-item").count();
    await page.selectOption("#filter-kind", "official-visit");
    await page.waitForFunction(() => window.location.search.includes("kind=official-visit"));
    await page.waitForFunction(() =>
      /events match/.test(document.querySelector("#timeline-status")?.textContent ?? ""),
    );
    const filtered = await page.locator("li.event-item").count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    const badges = await page.locator("li.event-item > .badge:not(.badge--warn)").allTextContents();
    expect(new Set(badges)).toEqual(new Set(["Official visit"]));

    await page.selectOption("#filter-person", "vyacheslav-volodin");
    await page.waitForFunction(() => window.location.search.includes("person=vyacheslav-volodin"));
    await page.waitForFunction((n) => document.querySelectorAll("li.event-item").length < n, filtered);
    const titles = await page.locator("li.event-item > a").allTextContents();
    expect(titles).toContain("Volodin's official visit to Vietnam, October 2023");
    expect(titles.some((t) => /Naryshkin/.test(t))).toBe(false);

    const url = page.url();
    await page.reload({ waitUntil: "load" });
    await page.waitForFunction(() =>
      /events match/.test(document.querySelector("#timeline-status")?.textContent ?? ""),
    );
    expect(page.url()).toBe(url);
    await expect(page.locator("li.event-item > a").allTextContents()).resolves.toEqual(titles);
    await expect(page.locator("#filter-kind").inputValue()).resolves.toBe("official-visit");
    await expect(page.locator("#filter-person").inputValue()).resolves.toBe("vyacheslav-volodin");
    expect(errors).toEqual([]);
    await close();
  });

  test("a date range keeps only events in that period", async () => {
    const { page, close } = await openPage("/timeline/?from=2023&to=2023");
    await page.waitForFunction(() =>
      /events match/.test(document.querySelector("#timeline-status")?.textContent ?? ""),
    );
    const years = await page.locator("section.timeline-year h2").allTextContents();
    expect(years.map((y) => y.slice(0, 4))).toEqual(["2023"]);
    await close();
  });

  test("unknown filter values in the address give a polite notice, not a crash", async () => {
    const { page, errors, close } = await openPage("/timeline/?kind=teleportation&person=nobody-at-all&from=yesterday");
    const notice = page.locator(".notice", { hasText: "could not be used" });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("teleportation");
    expect(text).toContain("nobody-at-all");
    expect(text).toContain("yesterday");
    expect(await page.locator("li.event-item").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  test("a visit opens to show the meetings held during it", async () => {
    const { page, close } = await openPage("/timeline/");
    const visit = page.locator("li.event-item", {
      has: page.locator('a[href="/events/2023-10-volodin-visit-vietnam/"]'),
    });
    await visit.locator("summary").click();
    await expect(visit.locator(".event-children li").count()).resolves.toBeGreaterThan(2);
    await close();
  });
});
