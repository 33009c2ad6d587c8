import type { Language } from "../labels/Language.js";
import { recordKindLabels } from "../labels/recordKindLabels.js";
import { recordKindNoun, type RecordKind } from "../schema/Dataset.js";

/** The part of a record a list of citations backs: the record itself, or one fact inside it. */
export type CitedPart =
  | { readonly of: "record"; readonly kind: RecordKind }
  | { readonly of: "native-name" }
  | { readonly of: "other-name"; readonly name: string }
  | { readonly of: "birth" }
  | { readonly of: "death" }
  | { readonly of: "founding" }
  | { readonly of: "participation"; readonly person: string }
  | { readonly of: "earlier-plan"; readonly date: string }
  | { readonly of: "version"; readonly value: string };

/** A record kind as a lower-case noun inside a sentence, in a language ("post" in English, as the model says it). */
export function kindInSentence(kind: RecordKind, language: Language): string {
  if (language === "en") return recordKindNoun[kind];
  return recordKindLabels[kind].singular[language].toLocaleLowerCase(language);
}

/** A quoted value in a language's quotation marks. */
export function quoted(value: string, language: Language): string {
  return language === "ru" ? `«${value}»` : `"${value}"`;
}

/** What a list of citations backs, in a few words in a language ("participation of vyacheslav-volodin"). */
export function citedPartIn(part: CitedPart, language: Language): string {
  const q = (value: string) => quoted(value, language);
  switch (part.of) {
    case "record":
      if (part.kind === "memberships" && language === "en") return "term of office";
      return kindInSentence(part.kind, language);
    case "native-name":
      return { en: "native name", vi: "tên gốc", ru: "имя на родном языке" }[language];
    case "other-name":
      return { en: "alternative name", vi: "tên khác", ru: "другое имя" }[language] + ` ${q(part.name)}`;
    case "birth":
      return { en: "birth", vi: "ngày sinh", ru: "дата рождения" }[language];
    case "death":
      return { en: "death", vi: "ngày mất", ru: "дата смерти" }[language];
    case "founding":
      return { en: "founding", vi: "ngày thành lập", ru: "дата основания" }[language];
    case "participation":
      return { en: "participation of ", vi: "sự tham gia của ", ru: "участие " }[language] + part.person;
    case "earlier-plan":
      return { en: "earlier plan for ", vi: "kế hoạch trước đó cho ", ru: "прежний план на " }[language] + part.date;
    case "version":
      return { en: "version", vi: "phiên bản", ru: "версия" }[language] + ` ${q(part.value)}`;
  }
}
