// The terminal in three languages: the dictionaries, how the language is chosen, dates in each language, and what
// still fits 80 columns.
import { languages } from "@parley/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { dateWidth, formatDate } from "../src/format/date.js";
import { chooseLanguage } from "../src/i18n/chooseLanguage.js";
import { en, type Messages } from "../src/i18n/en.js";
import { languageFromEnv } from "../src/i18n/languageFromEnv.js";
import { languageOfLocale } from "../src/i18n/languageOfLocale.js";
import { messagesFor } from "../src/i18n/messagesFor.js";
import { ru } from "../src/i18n/ru.js";
import { takeLanguageArgs } from "../src/i18n/takeLanguageArgs.js";
import { vi } from "../src/i18n/vi.js";
import { commanderMessage } from "../src/process/commanderMessage.js";
import { commandWords, footerHints, keymap, type Command } from "../src/ui/keymap.js";

/** Every entry of a dictionary as [path, value], functions called with sample arguments (text, then numbers). */
function entries(dictionary: object, prefix = ""): [string, string][] {
  return Object.entries(dictionary).flatMap(([key, value]): [string, string][] => {
    const path = `${prefix}${key}`;
    if (typeof value === "function") {
      const args = Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? `«${i}»` : 7));
      return [[path, String((value as (...a: unknown[]) => unknown)(...args))]];
    }
    if (typeof value === "object" && value !== null) return entries(value as object, `${path}.`);
    return [[path, String(value)]];
  });
}

/** Entries the same in every language on purpose: marks, not words. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  // "2023?": an uncertain date is marked with a question mark in all three.
  "dates.uncertain",
]);

describe("the dictionaries", () => {
  const english = new Map(entries(en));

  it.each([
    ["vi", vi],
    ["ru", ru],
  ] as const)("%s has every key of the English one and no other, none empty", (_, dictionary) => {
    const translated = entries(dictionary);
    expect(translated.map(([path]) => path)).toEqual([...english.keys()]);
    for (const [path, text] of translated) expect(text.trim(), path).not.toBe("");
  });

  it("has nothing empty in English either", () => {
    for (const [path, text] of english) expect(text.trim(), path).not.toBe("");
  });

  it.each([
    ["vi", vi],
    ["ru", ru],
  ] as const)("%s translates every entry, except marks that every language shares", (_, dictionary) => {
    const same = entries(dictionary).filter(([path, text]) => english.get(path) === text);
    expect(same.map(([path]) => path)).toEqual([...SAME_IN_EVERY_LANGUAGE]);
  });

  it("writes Russian in Cyrillic and Vietnamese with its own letters", () => {
    expect(ru.screens.home).toMatch(/^[А-Яа-яё]+$/u);
    expect(vi.screens.home).toBe("Trang chủ");
    expect(messagesFor("ru")).toBe(ru);
    expect(messagesFor("vi")).toBe(vi);
    expect(messagesFor("en")).toBe(en);
  });

  it("counts in Russian with the form each number takes", () => {
    const events = ru.kindCount.events;
    expect([1, 3, 5, 11, 21, 22, 25].map(events)).toEqual([
      "1 событие",
      "3 события",
      "5 событий",
      "11 событий",
      "21 событие",
      "22 события",
      "25 событий",
    ]);
    expect(ru.kindCount.memberships(2)).toBe("2 срока полномочий");
    expect(vi.kindCount.events(3)).toBe("3 sự kiện");
    expect(en.kindCount.events(1)).toBe("1 event");
  });

  it("are typed so that a dictionary missing a key is refused", () => {
    expectTypeOf(vi).toEqualTypeOf<Messages>();
    const { home: _home, ...withoutHome } = ru;
    // @ts-expect-error a dictionary without the home screen's words is not a dictionary
    const broken: Messages = withoutHome;
    expect(broken).not.toHaveProperty("home");
  });

  it("gives every command of the key map its words in every language", () => {
    for (const language of languages)
      for (const command of Object.keys(keymap) as Command[]) {
        const words = commandWords(command, language);
        expect(words.description.length, `${command} in ${language}`).toBeGreaterThan(0);
        expect(words.hint.length, `${command} in ${language}`).toBeGreaterThan(0);
      }
  });
});

describe("choosing the language", () => {
  it("reads a POSIX locale's language: vi and ru, anything else English", () => {
    expect(languageOfLocale("vi_VN.UTF-8")).toBe("vi");
    expect(languageOfLocale("ru_RU.UTF-8")).toBe("ru");
    expect(languageOfLocale("ru_UA.KOI8-U@euro")).toBe("ru");
    expect(languageOfLocale("ru")).toBe("ru");
    for (const other of ["en_GB.UTF-8", "C", "C.UTF-8", "POSIX", "de_DE.UTF-8", "rus", ""])
      expect(languageOfLocale(other), other).toBe("en");
  });

  it("takes the first non-empty of LC_ALL, LC_MESSAGES and LANG", () => {
    const env = { LC_ALL: "ru_RU.UTF-8", LC_MESSAGES: "vi_VN.UTF-8", LANG: "en_US.UTF-8" };
    expect(languageFromEnv(env)).toBe("ru");
    expect(languageFromEnv({ ...env, LC_ALL: "" })).toBe("vi");
    expect(languageFromEnv({ LC_ALL: "", LC_MESSAGES: undefined, LANG: "vi_VN.UTF-8" })).toBe("vi");
    // LC_ALL set to a non-Russian, non-Vietnamese locale still wins: it is the first one set.
    expect(languageFromEnv({ LC_ALL: "C", LANG: "ru_RU.UTF-8" })).toBe("en");
    expect(languageFromEnv({})).toBe("en");
  });

  it("lets --lang beat the environment", () => {
    expect(chooseLanguage("en", { LANG: "ru_RU.UTF-8" })).toEqual({ ok: true, language: "en" });
    expect(chooseLanguage("vi", { LC_ALL: "ru_RU.UTF-8" })).toEqual({ ok: true, language: "vi" });
    expect(chooseLanguage(undefined, { LANG: "ru_RU.UTF-8" })).toEqual({ ok: true, language: "ru" });
  });

  it("refuses an unknown --lang, or one without a value, in the environment's language", () => {
    expect(chooseLanguage("fr", {})).toEqual({
      ok: false,
      language: "en",
      message: "unknown language 'fr' for --lang; use en, vi or ru",
    });
    expect(chooseLanguage("vi_VN", { LANG: "ru_RU.UTF-8" })).toMatchObject({
      ok: false,
      message: "неизвестный язык 'vi_VN' для --lang; используйте en, vi или ru",
    });
    expect(chooseLanguage(null, { LANG: "vi_VN.UTF-8" })).toMatchObject({ ok: false, message: vi.cli.missingLanguage });
  });

  it("takes the interface's --lang out of the command line, before the command or after any but draft", () => {
    expect(takeLanguageArgs(["--lang", "ru", "events", "--kind", "talks"])).toEqual({
      lang: "ru",
      rest: ["events", "--kind", "talks"],
    });
    expect(takeLanguageArgs(["events", "--lang=vi", "--json"])).toEqual({ lang: "vi", rest: ["events", "--json"] });
    expect(takeLanguageArgs(["--data", "events", "show", "--lang", "ru", "x"])).toEqual({
      lang: "ru",
      rest: ["--data", "events", "show", "x"],
    });
    // draft's own --lang is the article's language.
    expect(takeLanguageArgs(["--lang", "vi", "draft", "a.txt", "--lang", "ru"])).toEqual({
      lang: "vi",
      rest: ["draft", "a.txt", "--lang", "ru"],
    });
    expect(takeLanguageArgs(["search", "--", "--lang"])).toEqual({ lang: undefined, rest: ["search", "--", "--lang"] });
    expect(takeLanguageArgs(["--lang"])).toEqual({ lang: null, rest: [] });
    expect(takeLanguageArgs(["--lang", "--json"])).toEqual({ lang: null, rest: ["--json"] });
  });
});

describe("commander's messages", () => {
  it("stay commander's words on one line in English", () => {
    expect(commanderMessage("error: unknown option '--bogus'\n(Did you mean --json?)", en)).toBe(
      "error: unknown option '--bogus' (Did you mean --json?)",
    );
    expect(
      commanderMessage("error: option '--kind <kind>' argument 'x' is invalid. Allowed choices are talks, trip.", en),
    ).toBe("error: option '--kind <kind>' argument 'x' is invalid. Allowed choices are talks, trip.");
  });

  it("are said again in Russian and Vietnamese, suggestions and choices included", () => {
    expect(commanderMessage("error: unknown option '--bogus'\n(Did you mean --json?)\n", ru)).toBe(
      "ошибка: неизвестный параметр '--bogus' (Возможно, имелось в виду --json?)",
    );
    expect(
      commanderMessage("error: option '--kind <kind>' argument 'x' is invalid. Allowed choices are talks, trip.", ru),
    ).toBe("ошибка: недопустимое значение 'x' параметра '--kind <kind>'. Допустимые значения: talks, trip.");
    expect(commanderMessage("error: missing required argument 'id'", vi)).toBe("lỗi: thiếu tham số bắt buộc 'id'");
    expect(commanderMessage("error: too many arguments for 'show'. Expected 1 argument but got 2.", ru)).toBe(
      "ошибка: слишком много аргументов для 'show': ожидается 1, получено 2.",
    );
    // A message it does not know keeps commander's words, with the error word translated.
    expect(commanderMessage("error: something new\nand more", ru)).toBe("ошибка: something new and more");
  });
});

describe("dates in Vietnamese and Russian", () => {
  it.each([
    ["2023", "2023", "2023"],
    ["2023-10", "tháng 10 năm 2023", "октябрь 2023 г."],
    ["2023-10-16", "16 tháng 10, 2023", "16 окт. 2023 г."],
    ["2023-10-15/2023-10-16", "15–16 tháng 10, 2023", "15–16 окт. 2023 г."],
    ["2023-10-30/2023-11-02", "30 tháng 10 – 2 tháng 11, 2023", "30 окт. – 2 нояб. 2023 г."],
    ["2023-10/2023-12", "tháng 10 – tháng 12 năm 2023", "октябрь 2023 г. – декабрь 2023 г."],
    ["2023/2024", "2023–2024", "2023–2024"],
    ["../2025-09-28", "vào hoặc trước 28 tháng 9, 2025", "28 сент. 2025 г. или раньше"],
    ["2025-09/..", "vào hoặc sau tháng 9 năm 2025", "сентябрь 2025 г. или позже"],
    ["2023~", "khoảng 2023", "2023 (прибл.)"],
    ["2023-10?", "tháng 10 năm 2023?", "октябрь 2023 г.?"],
  ])("%s reads %s and %s, at its precision", (edtf, vietnamese, russian) => {
    expect(formatDate(edtf, "vi")).toBe(vietnamese);
    expect(formatDate(edtf, "ru")).toBe(russian);
  });

  it("says when there is no date, and returns text it cannot read unchanged", () => {
    expect(formatDate(null, "vi")).toBe("không rõ ngày");
    expect(formatDate("", "ru")).toBe("дата неизвестна");
    expect(formatDate("soon", "ru")).toBe("soon");
  });

  it("writes plain spaces, never Intl's thin or narrow no-break ones", () => {
    for (const edtf of ["2023-10-16", "2023-10", "2023-10-15/2023-11-02"])
      for (const language of languages) expect(formatDate(edtf, language)).not.toMatch(/[\u00A0\u2009\u202F]/u);
  });

  it("fits every single day and month, and two days of one month, within the language's date column", () => {
    for (const language of languages)
      for (let month = 1; month <= 12; month++)
        for (const edtf of ["", "-28", "-26/2023-MM-28"].map((day) =>
          `2023-MM${day}`.replaceAll("MM", String(month).padStart(2, "0")),
        ))
          expect(Array.from(formatDate(edtf, language)).length, `${edtf} in ${language}`).toBeLessThanOrEqual(
            dateWidth[language],
          );
  });
});

describe("80 columns in every language", () => {
  const screens: Record<string, readonly Command[]> = {
    home: ["up", "down", "open", "help", "quit", "search", "nextList"],
    list: ["up", "down", "open", "back", "help", "quit", "search", "nextList", "pageDown", "pageUp"],
    search: ["up", "down", "open", "back", "quit"],
  };

  it.each(languages)("footers keep to 80 columns, dropping whole hints from the end, never help (%s)", (language) => {
    for (const [screen, commands] of Object.entries(screens)) {
      const footer = footerHints(commands, language, { typing: screen === "search", width: 80 });
      expect(Array.from(footer).length, `${screen} in ${language}`).toBeLessThanOrEqual(80);
      expect(footer.endsWith("…")).toBe(false);
      if (screen !== "search")
        expect(footer, `${screen} in ${language}`).toContain(`? ${commandWords("help", language).hint}`);
    }
  });

  it("a footer that fits is shown whole", () => {
    const all = footerHints(screens.list!, "en");
    expect(footerHints(screens.list!, "en", { width: Array.from(all).length })).toBe(all);
    expect(footerHints(screens.list!, "ru", { width: 80 })).toBe(
      "↑↓ выбор  Enter открыть  Esc назад  ? справка  q выход  / поиск  Tab списки",
    );
  });
});
