import { afterAll, describe, expect, test } from "vitest";
import { browser, openPage } from "../support/browser";

const VISIT = "/events/2023-10-volodin-visit-vietnam/";

afterAll(async () => {
  await (await browser()).close();
});

describe("the page of Volodin's October 2023 visit", () => {
  test("lists the participants with the posts they held that day", async () => {
    const { page, errors, close } = await openPage(VISIT);
    const rows = page.locator("#participants + .table-wrap tbody tr");
    const volodin = rows.filter({ hasText: "Vyacheslav Volodin" });
    await expect(volodin.locator('td[data-label="Posts held that day"]').textContent()).resolves.toContain(
      "Chairman of the State Duma",
    );
    await expect(volodin.locator('td a[href="/posts/chairman-of-the-state-duma/"]').count()).resolves.toBe(1);
    const hue = rows.filter({ hasText: "Vương Đình Huệ" });
    await expect(hue.locator('td[data-label="Posts held that day"]').textContent()).resolves.toContain(
      "Chairman of the National Assembly",
    );
    expect(errors).toEqual([]);
    await close();
  });

  test("cites its sources with a link that highlights the cited words", async () => {
    const { page, close } = await openPage(VISIT);
    const link = page.locator('#sources a[href*="#:~:text="]').first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^https:\/\/hanoitimes\.vn\/.+#:~:text=.+/);
    await expect(link.getAttribute("target")).resolves.toBe("_blank");
    await expect(link.getAttribute("rel")).resolves.toBe("noopener noreferrer");
    await close();
  });

  test("shows the Sources disagree panel with both arrival dates and which is preferred", async () => {
    const { page, close } = await openPage(VISIT);
    const panel = page.locator("section.disagreement");
    await expect(panel.locator("h2").textContent()).resolves.toBe("Sources disagree");
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("15 October 2023");
    expect(text).toContain("5 October 2023");
    expect(text).toMatch(/Preferred/);
    expect(text).toMatch(/Deprecated/);
    await close();
  });

  test("announces the disagreements above the facts with a link down to the panel, whose long source lists open on demand", async () => {
    const { page, errors, close } = await openPage(VISIT);
    const notice = page.locator(".disagreement-notice a");
    await expect(notice.textContent()).resolves.toMatch(/^Sources disagree on \d+ points — see below$/);
    await notice.click();
    await page.waitForFunction(() => location.hash === "#sources-disagree");
    const arrival = page.locator("#disagreement-c1-volodin-arrival-2023");
    await expect(arrival.locator(".rank-preferred").first().isVisible()).resolves.toBe(true);
    const folded = arrival.locator("details.version-sources").first();
    await expect(folded.locator(".citations").isVisible()).resolves.toBe(false);
    await folded.locator("summary").click();
    await expect(folded.locator(".citations").isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});
