import { describe, expect, test } from "vitest";
import { dataset as shipped } from "../../src/dataset.js";
import type { Language } from "../../src/labels/Language.js";
import type { Dataset } from "../../src/schema/Dataset.js";
import { createSearchIndex } from "../../src/search/createSearchIndex.js";
import { createSearchIndexInSlices } from "../../src/search/createSearchIndexInSlices.js";
import { loadSearchIndex } from "../../src/search/loadSearchIndex.js";
import { searchEntries } from "../../src/search/searchEntries.js";
import { smallDataset } from "../fixtures/smallDataset.js";

/** The fixture with Vietnamese and Russian texts on a few records, as the shipped data has on every one. */
function translatedDataset(): Dataset {
  const data = smallDataset();
  const translate = <R extends { id: string }>(records: R[], id: string, translations: object): R[] =>
    records.map((r) => (r.id === id ? { ...r, translations } : r));
  return {
    ...data,
    events: translate(data.events, "fixture-hue-volodin-talks-2023", {
      vi: { title: "Hội đàm giữa Vương Đình Huệ và Vyacheslav Volodin", summary: "Hội đàm." },
      ru: { title: "Переговоры Выонг Динь Хюэ и Вячеслава Володина", summary: "Переговоры." },
    }),
    organizations: translate(data.organizations, "national-assembly-of-vietnam", {
      vi: { name: "Quốc hội Việt Nam" },
      ru: { name: "Национальное собрание Вьетнама" },
    }),
    posts: translate(data.posts, "chairman-of-the-state-duma", {
      vi: { label: "Chủ tịch Duma Quốc gia" },
      ru: { label: "Председатель Государственной думы" },
    }),
    topics: translate(data.topics, "energy", { vi: { label: "Năng lượng" }, ru: { label: "Энергетика" } }),
    statements: translate(data.statements, "fixture-volodin-on-oil-and-gas", {
      vi: { summary: "Lập trường về các dự án dầu khí chung." },
      ru: { summary: "Позиция о совместных нефтегазовых проектах." },
    }),
    disagreements: translate(data.disagreements, "fixture-visit-start-date", {
      ru: {
        question: "В какой день начался визит?",
        reason: "Одна сводка даёт прибытие, другая первые переговоры.",
        versions: [{ value: "начался 10 сентября 2023 года" }, { value: "начался 11 сентября 2023 года" }],
      },
    }),
  };
}

const data = translatedDataset();
const indexes = {
  en: createSearchIndex(data),
  vi: createSearchIndex(data, { language: "vi" }),
  ru: createSearchIndex(data, { language: "ru" }),
} as const;
const LANGUAGES = ["en", "vi", "ru"] as const satisfies readonly Language[];
const first = (language: Language, query: string, kinds?: Parameters<typeof indexes.en.search>[1]) =>
  indexes[language].search(query, kinds)[0];

describe("search in every language", () => {
  test.each(LANGUAGES)("the %s index finds a record by its title or name in any language", (language) => {
    for (const query of [
      "Talks between Vuong Dinh Hue",
      "Hội đàm giữa Vương Đình Huệ",
      "hoi dam giua vuong dinh hue",
      "Переговоры Выонг Динь Хюэ",
    ])
      expect(first(language, query, { kinds: ["events"] })?.id, query).toBe("fixture-hue-volodin-talks-2023");
    expect(first(language, "Национальное собрание")?.id).toBe("national-assembly-of-vietnam");
    expect(first(language, "Председатель Государственной думы")?.id).toBe("chairman-of-the-state-duma");
    expect(first(language, "nang luong")?.id).toBe("energy");
    expect(first(language, "нефтегазовых проектах", { kinds: ["statements"] })?.id).toBe(
      "fixture-volodin-on-oil-and-gas",
    );
    expect(first(language, "В какой день начался визит", { kinds: ["disagreements"] })?.id).toBe(
      "fixture-visit-start-date",
    );
  });

  test.each(LANGUAGES)("the %s index keeps folding: “vuong dinh hue” finds Vương Đình Huệ", (language) => {
    expect(first(language, "vuong dinh hue")?.id).toBe("vuong-dinh-hue");
    expect(first(language, "Володин")?.id).toBe("vyacheslav-volodin");
    expect(first(language, "volodin")?.id).toBe("vyacheslav-volodin");
  });

  test("labels hits in the index's language, with the language each label is written in", () => {
    const talks = (language: Language) => first(language, "volodin talks", { kinds: ["events"] });
    expect(talks("en")).toMatchObject({ label: "Talks between Vuong Dinh Hue and Vyacheslav Volodin", lang: "en" });
    expect(talks("vi")).toMatchObject({ label: "Hội đàm giữa Vương Đình Huệ và Vyacheslav Volodin", lang: "vi" });
    expect(talks("ru")).toMatchObject({ label: "Переговоры Выонг Динь Хюэ и Вячеслава Володина", lang: "ru" });
    expect(first("ru", "national assembly", { kinds: ["organizations"] })).toMatchObject({
      label: "Национальное собрание Вьетнама",
      lang: "ru",
    });
  });

  test("a record without a translation keeps its English label, marked as English", () => {
    expect(first("ru", "office of the president", { kinds: ["organizations"] })).toMatchObject({
      label: "Office of the President of Vietnam",
      lang: "en",
    });
    expect(first("ru", "federation council", { kinds: ["organizations"] })).toMatchObject({
      label: "Совет Федерации",
      lang: "ru",
    });
    expect(first("vi", "education")).toMatchObject({ id: "education", label: "Education", lang: "en" });
  });

  test("names people as a reader of the language does: a Russian spelling, else the Vietnamese original", () => {
    expect(first("ru", "tran thanh man")).toMatchObject({ label: "Чан Тхань Ман", lang: "ru" });
    expect(first("ru", "to lam")).toMatchObject({ label: "Tô Lâm", lang: "vi" });
    expect(first("vi", "to lam")).toMatchObject({ label: "Tô Lâm", lang: "vi" });
    expect(first("vi", "volodin")).toMatchObject({ label: "Vyacheslav Volodin", lang: "en" });
    expect(first("ru", "volodin")).toMatchObject({
      label: "Вячеслав Володин",
      lang: "ru",
      matched: "Vyacheslav Volodin",
    });
  });

  test("statements and terms of office are labelled with the speaker's and holder's names in the language", () => {
    expect(first("ru", "oil and gas projects", { kinds: ["statements"] })).toMatchObject({
      label: "Вячеслав Володин: Позиция о совместных нефтегазовых проектах.",
      lang: "ru",
    });
    expect(first("vi", "volodin chairman", { kinds: ["memberships"] })).toMatchObject({
      label: "Vyacheslav Volodin, Chủ tịch Duma Quốc gia (2016–)",
      lang: "vi",
    });
    expect(first("vi", "chu tich duma", { kinds: ["memberships"] })?.id).toBe("volodin-chairman-2016");
  });

  test("the indexes differ only in their labels: each finds the same records for a query", () => {
    const json = LANGUAGES.map((language) => indexes[language].toJSON());
    for (const part of ["named", "titled", "described"] as const)
      expect(JSON.stringify(json[1]![part])).toBe(JSON.stringify(json[0]![part]));
    for (const query of ["volodin", "Переговоры", "hoi dam", "energy"]) {
      const ids = (language: Language) => indexes[language].search(query).map((h) => h.id);
      expect(ids("vi"), query).toEqual(ids("en"));
      expect(ids("ru"), query).toEqual(ids("en"));
    }
  });

  test("indexes a translation as written, leaving Latin queries to the English it translates", () => {
    const { titled, records } = searchEntries(data);
    const talks = records.ids.indexOf("fixture-hue-volodin-talks-2023");
    const entries = titled.records.flatMap((r, i) =>
      r === talks ? [[titled.spellings[i]![0], titled.asWritten[i]]] : [],
    );
    expect(entries).toEqual([
      ["Talks between Vuong Dinh Hue and Vyacheslav Volodin", false],
      ["Hội đàm giữa Vương Đình Huệ và Vyacheslav Volodin", true],
      ["Переговоры Выонг Динь Хюэ и Вячеслава Володина", true],
    ]);
    const source = records.ids.indexOf("fixture-ru-talks-report");
    expect(titled.asWritten[titled.records.indexOf(source)]).toBe(false);
    expect(first("en", "volodina", { kinds: ["events"] })?.id).toBe("fixture-hue-volodin-talks-2023");
  });

  test("a saved index loads in its language, answers the same, and is checked against the data in that language", () => {
    const saved = JSON.stringify(indexes.ru);
    const loaded = loadSearchIndex(saved, data);
    expect(loaded.language).toBe("ru");
    expect(JSON.parse(saved)).toMatchObject({ version: 3, language: "ru" });
    for (const query of ["volodin", "Переговоры", "hoi dam", "vuong dinh hue"])
      expect(loaded.search(query), query).toEqual(indexes.ru.search(query));
    const retitled: Dataset = {
      ...data,
      events: data.events.map((e) =>
        e.translations?.ru
          ? { ...e, translations: { ...e.translations, ru: { ...e.translations.ru, title: "Другое" } } }
          : e,
      ),
    };
    expect(() => loadSearchIndex(saved, retitled)).toThrow(/^the search index was built from other data/);
  });

  test("refuses an index of the previous version, which held English only, asking for a rebuild", () => {
    const { language: _language, ...previous } = { ...indexes.en.toJSON(), version: 2 };
    expect(() => loadSearchIndex(JSON.stringify(previous))).toThrow(
      "this is not a Parley search index (expected format parley-search-index, version 3)",
    );
  });

  test("a build in slices gives the same index in the language asked for", async () => {
    const sliced = await createSearchIndexInSlices(data, { language: "vi" });
    expect(sliced.language).toBe("vi");
    expect(JSON.stringify(sliced)).toBe(JSON.stringify(indexes.vi));
  });
});

describe("the shipped data from every language's index", () => {
  const volodin = shipped.people.find((p) => p.nativeName?.name === "Вячеслав Володин")!;
  const hue = shipped.people.find((p) => p.nativeName?.name === "Vương Đình Huệ")!;
  const putin = shipped.people.find((p) => p.name === "Vladimir Putin")!;

  test.each(LANGUAGES)("the %s index finds Володин, Vương Đình Huệ and Putin", (language) => {
    const index = createSearchIndex(shipped, { language });
    expect(index.search("Володин")[0]?.id).toBe(volodin.id);
    expect(index.search("Vương Đình Huệ")[0]?.id).toBe(hue.id);
    expect(index.search("vuong dinh hue")[0]?.id).toBe(hue.id);
    expect(index.search("Putin")[0]?.id).toBe(putin.id);
  });
});
