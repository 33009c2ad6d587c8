import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import type { Dataset } from "../../src/schema/Dataset.js";
import { missingTranslations } from "../../src/translate/missingTranslations.js";
import { nameIn } from "../../src/translate/nameIn.js";
import { textIn } from "../../src/translate/textIn.js";
import { versionValueIn } from "../../src/translate/versionValueIn.js";
import { validateDataset } from "../../src/validate/validateDataset.js";

function copy(): Dataset {
  return structuredClone(dataset) as Dataset;
}

describe("textIn gives a record's text in a language, or the English marked as English", () => {
  const event = {
    title: "Volodin visits Hanoi",
    summary: "He met the chairman.",
    translations: { vi: { title: "Volodin thăm Hà Nội", summary: "Ông gặp Chủ tịch." } },
  };

  test("a translated field comes back in the language asked for", () => {
    expect(textIn(event, "title", "vi")).toEqual({ text: "Volodin thăm Hà Nội", lang: "vi" });
  });

  test("a language without a translation falls back to English and says so", () => {
    expect(textIn(event, "summary", "ru")).toEqual({ text: "He met the chairman.", lang: "en" });
  });

  test("English asks for the record's own text even when translations exist", () => {
    expect(textIn(event, "title", "en")).toEqual({ text: "Volodin visits Hanoi", lang: "en" });
  });

  test("a field the record does not have gives nothing", () => {
    expect(
      textIn(
        { name: "X", translations: {} } as { name: string; summary?: string; translations: object },
        "summary",
        "vi",
      ),
    ).toBeUndefined();
  });

  test("a disagreement's version value follows its translation by position", () => {
    const d = structuredClone(dataset.disagreements[0]!);
    d.translations = {
      ru: { question: "?", reason: "!", versions: d.versions.map((_, i) => ({ value: `версия ${i}` })) },
    };
    expect(versionValueIn(d, 1, "ru")).toEqual({ text: "версия 1", lang: "ru" });
    expect(versionValueIn(d, 1, "vi")).toEqual({ text: d.versions[1]!.value, lang: "en" });
    expect(versionValueIn(d, 99, "ru")).toBeUndefined();
  });
});

describe("the validator lists records lacking a language the dataset is translated into", () => {
  test("a dataset that declares no translations gets no translation notices", () => {
    const data = copy();
    delete data.translatedInto;
    const result = validateDataset(data);
    expect(result.ok).toBe(true);
    expect(result.notices.filter((n) => n.code === "translation.missing")).toEqual([]);
  });

  test("a record losing its Russian is named in a notice, with the fields it lacks", () => {
    const data = copy();
    data.translatedInto = ["vi", "ru"];
    const event = data.events[0]!;
    event.translations = {
      vi: { title: "Tiêu đề", summary: "Tóm tắt." },
      ru: { title: "Заголовок", summary: "Кратко." },
    };
    const before = validateDataset(structuredClone(data)).notices.filter((n) => n.code === "translation.missing");
    delete event.translations.ru;
    const after = validateDataset(data).notices.filter((n) => n.code === "translation.missing");
    const added = after.filter((n) => !before.some((b) => b.message === n.message));
    expect(added).toEqual([
      {
        code: "translation.missing",
        id: event.id,
        message: `${event.id} has no Russian (ru) text for title, summary`,
        detail: { key: "translation-missing", id: event.id, language: "ru", fields: ["title", "summary"] },
      },
    ]);
  });

  test("missingTranslations skips texts the English record lacks and counts versions", () => {
    const data = copy();
    const org = data.organizations.find((o) => o.summary === undefined && o.disambiguation === undefined)!;
    org.translations = { vi: { name: "Tên" } };
    const d = data.disagreements[0]!;
    d.translations = { vi: { question: "?", reason: "!", versions: [{ value: "một" }] } };
    const found = missingTranslations(data);
    expect(found.find((m) => m.id === org.id && m.lang === "vi")).toBeUndefined();
    expect(found.find((m) => m.id === d.id && m.lang === "vi")).toEqual({
      kind: "disagreements",
      id: d.id,
      lang: "vi",
      fields: ["versions"],
    });
  });
});

describe("nameIn writes a name in the reader's language and script", () => {
  const man = {
    name: "Tran Thanh Man",
    nativeName: { name: "Trần Thanh Mẫn", lang: "vi", citations: [] },
    otherNames: [{ name: "Чан Тхань Ман", lang: "ru", kind: "translation" as const, citations: [] }],
  };
  const phuc = { name: "Nguyen Xuan Phuc", nativeName: { name: "Nguyễn Xuân Phúc", lang: "vi", citations: [] } };
  const volodin = { name: "Vyacheslav Volodin", nativeName: { name: "Вячеслав Володин", lang: "ru", citations: [] } };

  test("a Vietnamese name keeps its diacritics on the Vietnamese site", () => {
    expect(nameIn(man, "vi")).toEqual({ text: "Trần Thanh Mẫn", lang: "vi" });
  });

  test("a Vietnamese name takes the Russian spelling a source gives on the Russian site", () => {
    expect(nameIn(man, "ru")).toEqual({ text: "Чан Тхань Ман", lang: "ru" });
  });

  test("without a sourced Russian spelling, the Vietnamese original is shown and marked Vietnamese", () => {
    expect(nameIn(phuc, "ru")).toEqual({ text: "Nguyễn Xuân Phúc", lang: "vi" });
  });

  test("a Russian name is in Cyrillic on the Russian site and in Latin letters on the Vietnamese", () => {
    expect(nameIn(volodin, "ru")).toEqual({ text: "Вячеслав Володин", lang: "ru" });
    expect(nameIn(volodin, "vi")).toEqual({ text: "Vyacheslav Volodin", lang: "en" });
  });

  test("our translation of an organization's name comes first", () => {
    const duma = { name: "State Duma", translations: { vi: { name: "Duma Quốc gia" } } };
    expect(nameIn(duma, "vi")).toEqual({ text: "Duma Quốc gia", lang: "vi" });
    expect(nameIn(duma, "ru")).toEqual({ text: "State Duma", lang: "en" });
  });
});
