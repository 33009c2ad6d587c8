import { describe, expect, test } from "vitest";
import type { Language } from "@parley/core/search";
import { searchStatus as statusIn, type SearchStatusPlace } from "@/search/searchStatus";
import { searchText } from "@/search/searchText";
import type { SearchEngine } from "@/search/searchTypes";

const ready = { status: "ready", engine: { search: () => [] } as SearchEngine } as const;
type State = Parameters<typeof statusIn>[1];
const searchStatus = (place: SearchStatusPlace, state: State, language: Language = "en") =>
  statusIn(place, state, searchText[language].status, language);

describe("searchStatus", () => {
  test("gives a hint before anything is typed, on the page even while the index loads", () => {
    expect(searchStatus("page", { engine: { status: "loading" }, query: "", count: 0, limit: 200 })).toMatch(
      /^Type a name, place, topic, office or event title\./,
    );
    expect(searchStatus("dialog", { engine: ready, query: "  ", count: 0, limit: 8 })).toMatch(/^Type a name/);
    expect(searchStatus("dialog", { engine: { status: "loading" }, query: "", count: 0, limit: 8 })).toBe(
      "Loading the search index…",
    );
  });

  test("says the index is loading or why it is unavailable, in both places alike", () => {
    for (const place of ["page", "dialog"] as const) {
      expect(searchStatus(place, { engine: { status: "loading" }, query: "hue", count: 0, limit: 8 })).toBe(
        "Loading the search index…",
      );
      expect(
        searchStatus(place, { engine: { status: "error", message: "offline" }, query: "hue", count: 0, limit: 8 }),
      ).toBe("Search is unavailable: offline.");
    }
  });

  test("counts the results, marking a full page with a plus and telling the dialog's user how to pick one", () => {
    expect(searchStatus("page", { engine: ready, query: "volodin", count: 200, limit: 200 })).toBe(
      "200+ results for “volodin”.",
    );
    expect(searchStatus("page", { engine: ready, query: "volodin", count: 1, limit: 200 })).toBe(
      "1 result for “volodin”.",
    );
    expect(searchStatus("dialog", { engine: ready, query: "volodin ", count: 8, limit: 8 })).toBe(
      "8 results; use the arrow keys and Enter.",
    );
  });

  test("says when nothing is found, with advice on the page", () => {
    expect(searchStatus("dialog", { engine: ready, query: "zzz", count: 0, limit: 8 })).toBe(
      "Nothing found for “zzz”.",
    );
    expect(searchStatus("page", { engine: ready, query: "zzz", count: 0, limit: 200 })).toMatch(
      /^Nothing found for “zzz”\. Try fewer words/,
    );
  });

  test("speaks Russian on the Russian site, with the plural each number takes", () => {
    const page = (count: number, limit = 200) =>
      searchStatus("page", { engine: ready, query: "Володин", count, limit }, "ru");
    expect(page(1)).toBe("1 результат по запросу «Володин».");
    expect(page(3)).toBe("3 результата по запросу «Володин».");
    expect(page(5)).toBe("5 результатов по запросу «Володин».");
    expect(page(200)).toBe("200+ результатов по запросу «Володин».");
    expect(searchStatus("dialog", { engine: { status: "loading" }, query: "x", count: 0, limit: 8 }, "ru")).toBe(
      "Загрузка поискового индекса…",
    );
    expect(searchStatus("dialog", { engine: ready, query: "zzz", count: 0, limit: 8 }, "ru")).toBe(
      "По запросу «zzz» ничего не найдено.",
    );
  });

  test("speaks Vietnamese on the Vietnamese site, where a count takes no plural", () => {
    expect(searchStatus("page", { engine: ready, query: "Huệ", count: 1, limit: 200 }, "vi")).toBe(
      "1 kết quả cho “Huệ”.",
    );
    expect(searchStatus("dialog", { engine: ready, query: "Huệ", count: 8, limit: 8 }, "vi")).toBe(
      "8 kết quả; dùng các phím mũi tên và Enter.",
    );
    expect(searchStatus("page", { engine: ready, query: "", count: 0, limit: 200 }, "vi")).toMatch(/^Nhập tên người/);
  });
});
