// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { nameIn } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { loadSearchIndex, type Language } from "@parley/core/search";
import { LanguageProvider } from "@/i18n/LanguageProvider";
import { searchEngineOf } from "@/search/loadSearchEngine";
import { searchPayload } from "@/search/searchPayload";
import { searchText } from "@/search/searchText";
import type { SearchEngine, SearchResult } from "@/search/searchTypes";
import { SearchDialog } from "@/search/SearchDialog";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const results: SearchResult[] = [
  {
    kind: "people",
    kindLabel: "Person",
    id: "vyacheslav-volodin",
    label: "Vyacheslav Volodin",
    lang: "en",
    matched: "Вячеслав Володин",
    href: "/people/vyacheslav-volodin/",
  },
  {
    kind: "events",
    kindLabel: "Event",
    id: "visit",
    label: "Volodin's visit",
    lang: "en",
    matched: null,
    href: "/events/visit/",
  },
];
const engine: SearchEngine = { search: (q) => (q.trim() === "" ? [] : results) };

let root: Root;
let container: HTMLElement;
beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(onNavigate = vi.fn(), onClose = vi.fn(), language: Language = "en", searchEngine = engine) {
  act(() =>
    root.render(
      <LanguageProvider language={language}>
        <SearchDialog
          open
          onClose={onClose}
          onNavigate={onNavigate}
          engine={{ status: "ready", engine: searchEngine }}
          text={searchText[language]}
        />
      </LanguageProvider>,
    ),
  );
  const input = container.querySelector("input")!;
  return { input, onNavigate, onClose };
}

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function key(input: HTMLInputElement, k: string) {
  act(() => {
    input.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
  });
}

describe("SearchDialog", () => {
  test("typing shows the results as options, with the name that matched", () => {
    const { input } = render();
    type(input, "володин");
    const options = container.querySelectorAll('[role="option"]');
    expect(options).toHaveLength(2);
    expect(options[0]!.textContent).toContain("Вячеслав Володин");
    expect(input.getAttribute("aria-expanded")).toBe("true");
  });

  test("the down arrow selects a result and Enter opens it", () => {
    const { input, onNavigate } = render();
    type(input, "volodin");
    key(input, "ArrowDown");
    key(input, "ArrowDown");
    const selected = container.querySelector('[aria-selected="true"]')!;
    expect(selected.textContent).toContain("Volodin's visit");
    expect(input.getAttribute("aria-activedescendant")).toBe(selected.id);
    key(input, "Enter");
    expect(onNavigate).toHaveBeenCalledWith("/events/visit/");
  });

  test("Enter with nothing selected opens the first result; Escape closes", () => {
    const { input, onNavigate, onClose } = render();
    type(input, "volodin");
    key(input, "Enter");
    expect(onNavigate).toHaveBeenCalledWith("/people/vyacheslav-volodin/");
    key(input, "Escape");
    expect(onClose).toHaveBeenCalled();
  });

  test("while the index loads, it says so", () => {
    act(() =>
      root.render(
        <SearchDialog
          open
          onClose={() => {}}
          onNavigate={() => {}}
          engine={{ status: "loading" }}
          text={searchText.en}
        />,
      ),
    );
    expect(container.textContent).toContain("Loading the search index");
  });
});

describe("SearchDialog over each site's real index", () => {
  /** Each site's engine, over the index it downloads (saved and loaded as the browser does). */
  const engineIn = (language: Language) =>
    searchEngineOf(loadSearchIndex(JSON.parse(JSON.stringify(searchPayload(dataset, language)))), language);
  const engines = { en: engineIn("en"), vi: engineIn("vi"), ru: engineIn("ru") };

  /** What each site shows first for a query: the label, in the site's language and script. */
  const EXPECTED: Record<string, { id: string; label: Record<Language, string> }> = {
    Володин: {
      id: "vyacheslav-volodin",
      label: { en: "Vyacheslav Volodin", vi: "Vyacheslav Volodin", ru: "Вячеслав Володин" },
    },
    "Vương Đình Huệ": {
      id: "vuong-dinh-hue",
      label: { en: "Vuong Dinh Hue", vi: "Vương Đình Huệ", ru: "Выонг Динь Хюэ" },
    },
    Putin: {
      id: "vladimir-putin",
      label: { en: "Vladimir Putin", vi: "Vladimir Putin", ru: "Vladimir Putin" },
    },
  };

  test.each(["en", "vi", "ru"] as const)(
    "the %s site finds Володин, Vương Đình Huệ and Putin as you type",
    (language) => {
      const { input, onNavigate } = render(vi.fn(), vi.fn(), language, engines[language]);
      for (const [query, { id, label }] of Object.entries(EXPECTED)) {
        type(input, query);
        const first = container.querySelector('[role="option"]');
        expect(first?.textContent, `${language}: ${query}`).toContain(label[language]);
        expect(first?.querySelector(".badge")?.textContent).toBe(
          { en: "Person", vi: "Nhân vật", ru: "Персона" }[language],
        );
        key(input, "Enter");
        expect(onNavigate).toHaveBeenLastCalledWith(`${language === "en" ? "" : `/${language}`}/people/${id}/`);
      }
    },
  );

  test("the Russian site speaks Russian and marks an untranslated name as English", () => {
    const { input } = render(vi.fn(), vi.fn(), "ru", engines.ru);
    expect(container.querySelector("dialog")?.getAttribute("aria-label")).toBe("Поиск по Parley");
    expect(input.placeholder).toBe(searchText.ru.dialog.placeholder);
    type(input, "Putin");
    expect(container.querySelector('[role="option"]')?.textContent).toContain("Владимир Путин");
    const latin = dataset.people.find((p) => nameIn(p, "ru").lang === "en")!;
    type(input, latin.name);
    const marked = [...container.querySelectorAll('[role="option"] [lang="en"]')].map((e) => e.textContent);
    expect(marked).toContain(latin.name);
    type(input, "Putin");
    expect(container.querySelector('[role="status"]')?.textContent).toMatch(/^\d+ результат/);
    expect(container.textContent).toContain("Все результаты по запросу «Putin»");
    expect(container.querySelector('a[href^="/ru/search/?q="]')).not.toBeNull();
  });

  test("the Vietnamese site dates an event in Vietnamese", () => {
    const event = dataset.events.find((e) => e.translations?.vi && /^\d{4}-\d{2}-\d{2}$/.test(e.date))!;
    const { input } = render(vi.fn(), vi.fn(), "vi", engines.vi);
    type(input, event.translations!.vi!.title);
    const option = [...container.querySelectorAll('[role="option"]')].find((o) =>
      o.textContent?.includes(event.translations!.vi!.title),
    );
    expect(option?.textContent).toMatch(/tháng/);
  });
});
