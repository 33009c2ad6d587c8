import type { Language } from "@parley/core";
import { eventKinds, validationRules } from "@parley/core";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { chartSlug } from "@/charts/chartSlug";
import { LanguageProvider } from "@/i18n/LanguageProvider";
import type { RouteModule } from "@/site/routeExports";
import { dataPage } from "@/routes/dataPage";
import { documentsIndex } from "@/routes/documentsIndex";
import { eventsIndex } from "@/routes/eventsIndex";
import { homePage } from "@/routes/homePage";
import { methodologyPage } from "@/routes/methodologyPage";
import { organizationsIndex } from "@/routes/organizationsIndex";
import { peopleIndex } from "@/routes/peopleIndex";
import { placesIndex } from "@/routes/placesIndex";
import { postsIndex } from "@/routes/postsIndex";
import { sourcesIndex } from "@/routes/sourcesIndex";
import { topicsIndex } from "@/routes/topicsIndex";

/** A page as its language's site renders it, links included. */
function render(route: RouteModule, language: Language): string {
  const page = route.Page({ language, params: {} }) as ReactNode;
  return renderToStaticMarkup(<LanguageProvider language={language}>{page}</LanguageProvider>);
}

const h1 = (html: string) => /<h1>(.*?)<\/h1>/.exec(html)?.[1];

describe("the section pages in Russian and Vietnamese", () => {
  test("the events index has a Russian heading, breadcrumbs, column headings, titles and dates", () => {
    const html = render(eventsIndex, "ru");
    expect(h1(html)).toBe("События");
    expect(html).toContain('aria-label="Навигационная цепочка"');
    expect(html).toContain('<a href="/ru/">Главная</a>');
    expect(html).toContain('href="/ru/events/2023-10-volodin-visit-vietnam/"');
    expect(html).toContain("Официальный визит Володина во Вьетнам, октябрь 2023 года");
    expect(html).toMatch(/>Дата</);
    expect(html).toMatch(/\d+ событи[йея]; визиты приведены здесь/);
    expect(html).toMatch(/октября 2023/);
    expect(html).not.toContain("Within it");
  });

  test("the people index names people in Russian, with the original name beside a Vietnamese one", () => {
    const html = render(peopleIndex, "ru");
    expect(h1(html)).toBe("Люди");
    expect(html).toContain("Вячеслав Володин");
    expect(html).toContain("Выонг Динь Хюэ");
    expect(html).toContain('<span lang="vi">Vương Đình Huệ</span>');
    expect(html).toContain(">В оригинале<");
  });

  test("the people index in Vietnamese writes Vietnamese names with their diacritics", () => {
    const html = render(peopleIndex, "vi");
    expect(h1(html)).toBe("Nhân vật");
    expect(html).toContain("Vương Đình Huệ");
    expect(html).toContain('href="/vi/people/vuong-dinh-hue/"');
  });

  test("every index page has its heading in the language", () => {
    const expected: [RouteModule, string, string][] = [
      [organizationsIndex, "Организации", "Tổ chức"],
      [placesIndex, "Места", "Địa điểm"],
      [postsIndex, "Должности", "Chức vụ"],
      [topicsIndex, "Темы", "Chủ đề"],
      [documentsIndex, "Документы", "Văn kiện"],
      [sourcesIndex, "Источники", "Nguồn"],
    ];
    for (const [route, ru, vi] of expected) {
      expect(h1(render(route, "ru"))).toBe(ru);
      expect(h1(render(route, "vi"))).toBe(vi);
    }
  });

  test("Russian counts take the form their number needs", () => {
    expect(render(postsIndex, "ru")).toMatch(/— \d+ срок(а|ов)?</);
    expect(render(placesIndex, "ru")).toMatch(/\d+ (событие|события|событий)</);
  });

  test("the sources index marks each title with the language it was published in", () => {
    const html = render(sourcesIndex, "ru");
    expect(html).toContain(">Издатель<");
    expect(html).toMatch(/<span lang="en">[^<]+<\/span>/);
    expect(html).toContain('aria-label="Страницы источников');
  });

  test("the home page in Vietnamese has its heading, numbers and ways in", () => {
    const html = render(homePage, "vi");
    expect(h1(html)).toBe("Quan hệ Việt Nam – Nga, theo từng nguồn");
    expect(html).toContain('aria-label="Số liệu chính"');
    expect(html).toMatch(/<strong>\d+<\/strong> sự kiện/);
    expect(html).toContain('href="/vi/people/vuong-dinh-hue/"');
    expect(html).toContain("Bắt đầu từ đây");
    expect(html).not.toContain("Start here");
  });

  test("a Russian's name in Latin letters on the Vietnamese site is how Vietnamese writes it, not an untranslated text", () => {
    const html = render(homePage, "vi");
    expect(html).toContain('<a href="/vi/people/vyacheslav-volodin/">Vyacheslav Volodin</a>');
    expect(render(peopleIndex, "vi")).not.toContain("Chưa được dịch");
  });
});

describe("the data page", () => {
  test("in Russian it describes every file in Russian, in Russian units, and marks the English licence", () => {
    const html = render(dataPage, "ru");
    expect(h1(html)).toBe("Скачать данные");
    expect(html).toContain("Таблица Parquet: одна строка на событие");
    expect(html).toContain("Одна строка на человека");
    expect(html).toMatch(/\d+,\d (КБ|МБ)/);
    expect(html).not.toContain('untranslated"> (Ещё не переведено: показано на английском.)</span></td>');
    expect(html).toContain('<span lang="en">CC BY 4.0');
    expect(html).toContain('<blockquote class="card" lang="en">');
    expect(html).toContain('href="/data/parley.json"');
  });
});

describe("the methodology page", () => {
  test("in Russian every heading, paragraph and rule is in Russian", () => {
    const html = render(methodologyPage, "ru");
    expect(h1(html)).toBe("Методология");
    expect(html).toContain('<h2 id="disagreements">Когда источники расходятся</h2>');
    expect(html).toContain("показано как «октябрь 2023 г.»");
    expect(html).toContain("Государственный визит");
    expect(html).toContain(validationRules.find((r) => r.code === "ref.orphan")!.description.ru);
    expect(html).toContain(">Что требуется<");
    expect(html).not.toContain("Ещё не переведено");
    expect(html).not.toContain("What it requires");
  });

  test("shows every event kind and every validation rule core describes in each language", () => {
    for (const language of ["vi", "ru"] as const) {
      const html = render(methodologyPage, language);
      for (const kind of Object.values(eventKinds))
        expect(html).toContain(kind.description[language].replace(/'/g, "&#x27;"));
      for (const rule of validationRules) expect(html).toContain(rule.description[language].replace(/'/g, "&#x27;"));
    }
  });

  test("in English it keeps core's own rule descriptions", () => {
    const html = render(methodologyPage, "en");
    for (const rule of validationRules) expect(html).toContain(rule.description.en.replace(/'/g, "&#x27;"));
  });
});

describe("chart ids", () => {
  test("keep the letters of every script, so Russian titles do not collapse into one id", () => {
    expect(chartSlug("Должности Володина по годам")).toBe("должности-володина-по-годам");
    expect(chartSlug("Top-level events per year since 2010")).toBe("top-level-events-per-year-since-2010");
    expect(chartSlug("Chức vụ của Vương Đình Huệ")).not.toBe(chartSlug("Chức vụ của Trần Thanh Mẫn"));
  });
});
