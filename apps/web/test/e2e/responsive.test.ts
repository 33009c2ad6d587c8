import { afterAll, describe, expect, test } from "vitest";
import { accessibleTables } from "../support/accessibleTable";
import { browser, openPage } from "../support/browser";
import { samplePages } from "../support/samplePages";

afterAll(async () => {
  await (await browser()).close();
});

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const VISIT = "/events/2023-10-volodin-visit-vietnam/";
const PARTICIPANTS = "Participants, their roles and the posts they held on the day";

/**
 * Pages whose tables were too wide for a phone: the event with the most participants, people with the most names and
 * offices, an office, the indexes, data and methodology.
 */
const TABLE_PAGES = [
  VISIT,
  "/events/2025-09-28-ipcc-fourth-session/",
  "/people/vyacheslav-volodin/",
  "/people/to-lam/",
  "/posts/chairman-of-the-state-duma/",
  "/methodology/",
  "/data/",
  "/events/",
  "/people/",
  "/sources/",
];

describe("at 360 px wide", () => {
  test.each(samplePages().map(([path]) => path))("%s does not scroll sideways", async (path) => {
    const { page, close } = await openPage(path, { viewport: PHONE });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await close();
  });

  test.each(TABLE_PAGES)("%s shows its tables whole, without scrolling them sideways", async (path) => {
    const { page, close } = await openPage(path, { viewport: PHONE });
    const overflowing = await page
      .locator(".table-wrap")
      .evaluateAll((wraps) =>
        wraps.filter((w) => w.scrollWidth > w.clientWidth).map((w) => `${w.scrollWidth} > ${w.clientWidth}`),
      );
    expect(await page.locator(".table-wrap").count()).toBeGreaterThan(0);
    expect(overflowing).toEqual([]);
    await close();
  });

  test(
    "an event's participants are stacked: the person as the heading line, " +
      "then each cell on its own line led by its column heading",
    async () => {
      const { page, close } = await openPage(VISIT, { viewport: PHONE });
      const row = page.locator("#participants + .table-wrap tbody tr").filter({ hasText: "Vyacheslav Volodin" });
      const layout = await row.evaluate((tr) => {
        const lines = [...tr.children].map((cell) => {
          const box = cell.getBoundingClientRect();
          const text = document.createRange();
          text.selectNodeContents(cell);
          return {
            tag: cell.tagName,
            label: getComputedStyle(cell, "::before").content,
            top: box.top,
            bottom: box.bottom,
            textIndent: text.getClientRects()[0]!.left - box.left,
          };
        });
        return {
          lines,
          headings: document.querySelector("#participants + .table-wrap thead")!.getBoundingClientRect().height,
        };
      });
      expect(layout.lines.map((l) => l.tag)).toEqual(["TH", "TD", "TD", "TD"]);
      expect(layout.lines.map((l) => l.label)).toEqual([
        "none",
        '"Role: " / ""',
        '"Posts held that day: " / ""',
        '"Sources: " / ""',
      ]);
      // each cell starts below the previous one, and its text starts after the label drawn before it
      for (const [i, line] of layout.lines.entries())
        if (i > 0) expect(line.top).toBeGreaterThanOrEqual(layout.lines[i - 1]!.bottom - 1);
      for (const line of layout.lines.slice(1)) expect(line.textIndent).toBeGreaterThan(20);
      // the header row is only for screen readers now
      expect(layout.headings).toBeLessThanOrEqual(1);
      await close();
    },
  );

  test("the stacked participants stay a table for screen readers, each cell named once, without its drawn label", async () => {
    const { page, close } = await openPage(VISIT, { viewport: PHONE });
    await expect(
      page
        .locator("#participants + .table-wrap td")
        .first()
        .evaluate((td) => getComputedStyle(td).display),
    ).resolves.toBe("block");
    const rows = (await accessibleTables(page)).find((t) => t.name === PARTICIPANTS)?.rows;
    expect(rows?.[0]).toEqual(
      ["Person", "Role", "Posts held that day", "Sources"].map((name) => ({ role: "columnheader", name })),
    );
    const volodin = rows?.find((cells) => cells[0]?.name.includes("Vyacheslav Volodin"));
    expect(volodin?.map((c) => c.role)).toEqual(["rowheader", "cell", "cell", "cell"]);
    expect(volodin?.[1]?.name).toBe("Guest");
    expect(volodin?.[2]?.name).toBe("Chairman of the State Duma");
    await close();
  });

  test("a stacked row with an empty cell keeps the cells after it under their own column headings", async () => {
    const { page, close } = await openPage("/people/", { viewport: PHONE });
    const row = page
      .locator("tbody tr")
      .filter({ has: page.locator('td[data-label="In their script"]:empty') })
      .first();
    const person = (await row.locator("th").textContent()) ?? "";
    const country = (await row.locator('td[data-label="Country"]').textContent()) ?? "";
    const tables = await accessibleTables(page);
    const cells = tables[0]?.rows.find((r) => r[0]?.name === person);
    expect(tables[0]?.rows[0]?.map((c) => c.name)).toEqual([
      "Name",
      "In their script",
      "Country",
      "Offices on record",
      "Events",
    ]);
    expect(cells?.map((c) => c.role)).toEqual(["rowheader", "cell", "cell", "cell", "cell"]);
    expect(cells?.[1]?.name).toBe("");
    expect(cells?.[2]?.name).toBe(country);
    // it takes no line of its own
    await expect(
      row.locator('td[data-label="In their script"]').evaluate((td) => getComputedStyle(td).position),
    ).resolves.toBe("absolute");
    await close();
  });
});

describe("on a wide screen", () => {
  test("an event's participants are an ordinary table: visible headings, one line per row, no drawn labels", async () => {
    const { page, close } = await openPage(VISIT, { viewport: DESKTOP });
    const wrap = page.locator("#participants + .table-wrap");
    const layout = await wrap.evaluate((w) => {
      const row = w.querySelector("tbody tr")!;
      const cells = [...row.children];
      return {
        displays: [w.querySelector("table")!, row, ...cells].map((e) => getComputedStyle(e).display),
        tops: new Set(cells.map((c) => c.getBoundingClientRect().top)).size,
        labels: cells.slice(1).map((c) => [c.getAttribute("data-label"), getComputedStyle(c, "::before").content]),
        headings: w.querySelector("thead")!.getBoundingClientRect().height,
        headingWeight: getComputedStyle(cells[0]!).fontWeight === getComputedStyle(cells[1]!).fontWeight,
      };
    });
    expect(layout.displays).toEqual(["table", "table-row", "table-cell", "table-cell", "table-cell", "table-cell"]);
    expect(layout.tops).toBe(1);
    expect(layout.labels).toEqual([
      ["Role", "none"],
      ["Posts held that day", "none"],
      ["Sources", "none"],
    ]);
    expect(layout.headings).toBeGreaterThan(10);
    // the row's heading cell looks like the others, as before it became a th
    expect(layout.headingWeight).toBe(true);
    const rows = (await accessibleTables(page)).find((t) => t.name === PARTICIPANTS)?.rows;
    expect(rows?.[1]?.map((c) => c.role)).toEqual(["rowheader", "cell", "cell", "cell"]);
    await close();
  });
});
