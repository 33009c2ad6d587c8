import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { dataset } from "@parley/core/shipped";
import { afterAll, describe, expect, test } from "vitest";
import { OUT_DIR } from "../../scripts/staticServer.mjs";
import { browser, openPage } from "../support/browser";

afterAll(async () => {
  await (await browser()).close();
});

const VISIT = "2023-10-volodin-visit-vietnam";
const visit = dataset.events.find((e) => e.id === VISIT)!;

/** The key pages of each translated site, with text their main heading must show in that language. */
const keyPages = (lang: "vi" | "ru"): [string, string][] => [
  [`/${lang}/`, lang === "vi" ? "Quan hệ Việt Nam" : "Вьетнам"],
  [`/${lang}/events/`, lang === "vi" ? "Sự kiện" : "События"],
  [`/${lang}/events/${VISIT}/`, visit.translations![lang]!.title.slice(0, 12)],
  [`/${lang}/people/tran-thanh-man/`, lang === "vi" ? "Trần Thanh Mẫn" : "Чан Тхань Ман"],
  [`/${lang}/timeline/`, lang === "vi" ? "Dòng thời gian" : "Хронология"],
];

describe.each(["vi", "ru"] as const)("the %s site", (lang) => {
  test.each(keyPages(lang))("%s is in its language, with its heading and no console errors", async (path, heading) => {
    const { page, errors, close } = await openPage(path);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe(lang);
    await expect(page.locator("h1").first().textContent()).resolves.toContain(heading);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => l.getAttribute("hreflang")));
    expect(alternates.sort()).toEqual(["en", "ru", "vi", "x-default"]);
    expect(errors).toEqual([]);
    await close();
  });

  test.concurrent.each(
    keyPages(lang).flatMap(([path]) => (["light", "dark"] as const).map((scheme) => [path, scheme] as const)),
  )("%s has no serious axe violation in the %s theme", async (path, colorScheme) => {
    const { page, close } = await openPage(path, { colorScheme });
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join("; ")}`,
      );
    expect(serious).toEqual([]);
    await close();
  });

  test.each(keyPages(lang).map(([path]) => path))("%s does not scroll sideways at 360 px", async (path) => {
    const { page, close } = await openPage(path, { viewport: { width: 360, height: 740 } });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await close();
  });

  test("the switcher leads to the same page in the other languages", async () => {
    const { page, close } = await openPage(`/${lang}/events/${VISIT}/`);
    const other = lang === "vi" ? "ru" : "vi";
    await page.locator(`.language-switcher a[hreflang="${other}"]`).click();
    await page.waitForURL(`**/${other}/events/${VISIT}/`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe(other);
    await page.locator('.language-switcher a[hreflang="en"]').click();
    await page.waitForURL((url) => url.pathname === `/events/${VISIT}/`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await close();
  });
});

/** What each site calls the three people the type-ahead must find, and their ids. */
const PEOPLE = [
  {
    query: "Володин",
    id: "vyacheslav-volodin",
    label: { en: "Vyacheslav Volodin", vi: "Vyacheslav Volodin", ru: "Вячеслав Володин" },
  },
  {
    query: "Vương Đình Huệ",
    id: "vuong-dinh-hue",
    label: { en: "Vuong Dinh Hue", vi: "Vương Đình Huệ", ru: "Выонг Динь Хюэ" },
  },
  { query: "Putin", id: "vladimir-putin", label: { en: "Vladimir Putin", vi: "Vladimir Putin", ru: "Владимир Путин" } },
] as const;

describe("the offer of the reader's language on the English home", () => {
  test("a browser preferring Russian is offered the Russian site once, in Russian, readable, without a redirect", async () => {
    const { page, errors, close } = await openPage("/", { locale: "ru-RU", colorScheme: "dark" });
    const offer = page.locator("aside.language-offer");
    await offer.waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(offer.getAttribute("lang")).resolves.toBe("ru");
    await expect(offer.locator("a").getAttribute("href")).resolves.toBe("/ru/");
    const axe = await new AxeBuilder({ page })
      .include("aside.language-offer")
      .withTags(["wcag2a", "wcag2aa"])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await offer.getByRole("button").click();
    await expect(offer.count()).resolves.toBe(0);
    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("html[data-interactive]", { state: "attached" });
    await expect(page.locator("aside.language-offer").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test("a browser preferring English is offered nothing", async () => {
    const { page, close } = await openPage("/", { locale: "en-US" });
    await expect(page.locator("aside.language-offer").count()).resolves.toBe(0);
    await close();
  });
});

describe("type-ahead from each site", () => {
  test.each(["en", "vi", "ru"] as const)(
    "from the %s site it finds Володин, Vương Đình Huệ and Putin",
    async (lang) => {
      const prefix = lang === "en" ? "" : `/${lang}`;
      const { page, errors, close } = await openPage(`${prefix}/`);
      for (const person of PEOPLE) {
        await page.goto(new URL(`${prefix}/`, page.url()).toString(), { waitUntil: "load" });
        await page.waitForSelector("html[data-interactive]", { state: "attached" });
        await page.keyboard.press("/");
        const input = page.locator("dialog.search-dialog input[role=combobox]");
        await input.waitFor();
        await input.fill(person.query);
        const option = page.locator('[role="option"]').filter({ hasText: person.label[lang] }).first();
        await option.waitFor();
        await option.click();
        await page.waitForURL((url) => url.pathname === `${prefix}/people/${person.id}/`);
      }
      expect(errors).toEqual([]);
      await close();
    },
  );
});

/** Every HTML file of one site's folder. */
function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

test.each(["vi", "ru"])("links on the %s site stay in it, save the switcher and the data files", (lang) => {
  const strays: string[] = [];
  for (const file of pagesUnder(join(OUT_DIR, lang))) {
    for (const [tag] of readFileSync(file, "utf8").matchAll(/<a\b[^>]*>/g)) {
      const href = /\shref="(\/[^"]*)"/.exec(tag)?.[1];
      if (href === undefined || /\shreflang="/i.test(tag)) continue;
      if (href.startsWith(`/${lang}/`) || href.startsWith("/data/") || href.startsWith("//")) continue;
      strays.push(`${file.slice(OUT_DIR.length)}: ${href}`);
    }
  }
  expect(strays.slice(0, 10)).toEqual([]);
});
