import { describe, expect, expectTypeOf, test } from "vitest";
import {
  DocumentKind,
  EndHow,
  EventKind,
  EventStatus,
  OrganizationKind,
  OrganizationRole,
  OtherNameKind,
  ParticipantRole,
  PlaceKind,
  Rank,
  StartHow,
  documentKindLabels,
  endHowLabels,
  eventKindLabels,
  eventKinds,
  eventStatusLabels,
  organizationKindLabels,
  organizationRoleLabels,
  otherNameKindLabels,
  participantRoleLabels,
  placeKindLabels,
  rankLabels,
  recordKindLabels,
  recordKinds,
  startHowLabels,
  isLanguage,
  labelIn,
  languageNames,
  languages,
} from "../../src/index.js";
import type { Label, Language } from "../../src/index.js";

const tables: [string, readonly string[], Readonly<Record<string, Label>>][] = [
  ["event kinds", EventKind.options, eventKindLabels],
  ["event statuses", EventStatus.options, eventStatusLabels],
  ["participant roles", ParticipantRole.options, participantRoleLabels],
  ["organization roles", OrganizationRole.options, organizationRoleLabels],
  ["ranks", Rank.options, rankLabels],
  ["organization kinds", OrganizationKind.options, organizationKindLabels],
  ["document kinds", DocumentKind.options, documentKindLabels],
  ["other-name kinds", OtherNameKind.options, otherNameKindLabels],
  ["place kinds", PlaceKind.options, placeKindLabels],
  ["ways a term began", StartHow.options, startHowLabels],
  ["ways a term ended", EndHow.options, endHowLabels],
];

describe("the label tables", () => {
  test.each(tables)("label every one of the %s and nothing else, in English", (_, values, table) => {
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const value of values) expect(table[value]?.en, value).toMatch(/^\S.*\S$|^\S$/);
  });

  test.each(tables)("label every one of the %s in Vietnamese and Russian, each translated", (_, values, table) => {
    for (const value of values) {
      const label = table[value]!;
      for (const language of ["vi", "ru"] as const) {
        expect(label[language], `${value} in ${language}`).toMatch(/^\S.*\S$|^\S$/);
        expect(label[language], `${value} in ${language}`).not.toBe(label.en);
      }
      // Vietnamese is written in Latin letters with its own diacritics, Russian in Cyrillic.
      expect(label.ru, value).toMatch(/[а-яё]/iu);
    }
  });

  test.each(languages)("name every record kind, one and many, with no two kinds sharing a name (%s)", (language) => {
    expect(Object.keys(recordKindLabels).sort()).toEqual([...recordKinds].sort());
    const singulars = recordKinds.map((k) => recordKindLabels[k].singular[language]);
    const plurals = recordKinds.map((k) => recordKindLabels[k].plural[language]);
    expect(new Set(singulars).size).toBe(recordKinds.length);
    expect(new Set(plurals).size).toBe(recordKinds.length);
    for (const name of [...singulars, ...plurals]) expect(name).toMatch(/^\S.*\S$|^\S$/);
  });

  test("use the protocol's own words for visits and calls in Vietnamese and Russian", () => {
    expect(eventKindLabels["official-visit"]).toEqual({
      en: "Official visit",
      vi: "Thăm chính thức",
      ru: "Официальный визит",
    });
    expect(eventKindLabels["state-visit"].vi).toBe("Thăm cấp Nhà nước");
    expect(eventKindLabels["state-visit"].ru).toBe("Государственный визит");
    expect(eventKindLabels["working-visit"].ru).toBe("Рабочий визит");
    expect(eventKindLabels["phone-call"].vi).toBe("Điện đàm");
    expect(recordKindLabels.events.plural.ru).toBe("События");
  });

  test("call a post an office and a membership a term of office", () => {
    expect(recordKindLabels.posts.plural.en).toBe("Offices");
    expect(recordKindLabels.memberships.singular.en).toBe("Term of office");
  });

  test("give each event kind's codes the same label as the table", () => {
    for (const kind of EventKind.options) expect(eventKinds[kind].label).toBe(eventKindLabels[kind].en);
  });

  test("describe each event kind in English, Vietnamese and Russian, each in its own words", () => {
    for (const kind of EventKind.options) {
      const { en, vi, ru } = eventKinds[kind].description;
      expect(new Set([en, vi, ru]).size, kind).toBe(3);
      expect(ru, kind).toMatch(/[а-яё]/iu);
      expect(vi, kind).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu);
    }
  });

  test("cannot be changed by a caller", () => {
    expect(Object.isFrozen(recordKindLabels)).toBe(true);
    expect(Object.isFrozen(eventStatusLabels)).toBe(true);
    expect(Object.isFrozen(languages)).toBe(true);
  });

  test("require all three languages of every label, as a type", () => {
    expectTypeOf<keyof Label>().toEqualTypeOf<Language>();
    // @ts-expect-error a label without Russian is not a Label
    const partial: Label = { en: "Talks", vi: "Hội đàm" };
    expect(partial.en).toBe("Talks");
  });
});

describe("the languages", () => {
  test("are English, Vietnamese and Russian, each named in its own words", () => {
    expect(languages).toEqual(["en", "vi", "ru"]);
    expect(languageNames).toEqual({ en: "English", vi: "Tiếng Việt", ru: "Русский" });
  });

  test("isLanguage accepts a language code and refuses a locale or anything else", () => {
    expect(languages.every(isLanguage)).toBe(true);
    expect(isLanguage("vi_VN")).toBe(false);
    expect(isLanguage("fr")).toBe(false);
    expect(isLanguage("")).toBe(false);
  });

  test("labelIn picks a label's text in the language asked for", () => {
    const talks = eventKindLabels.talks;
    expect(languages.map((language) => labelIn(talks, language))).toEqual(["Talks", "Hội đàm", "Переговоры"]);
  });
});
