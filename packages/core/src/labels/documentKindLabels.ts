import type { DocumentKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every kind of document in words. */
export const documentKindLabels: LabelTable<DocumentKind> = Object.freeze({
  treaty: { en: "Treaty", vi: "Hiệp ước", ru: "Договор" },
  agreement: { en: "Agreement", vi: "Hiệp định", ru: "Соглашение" },
  "joint-statement": { en: "Joint statement", vi: "Tuyên bố chung", ru: "Совместное заявление" },
  declaration: { en: "Declaration", vi: "Tuyên bố", ru: "Декларация" },
  minutes: { en: "Minutes", vi: "Biên bản", ru: "Протокол" },
  memorandum: { en: "Memorandum", vi: "Bản ghi nhớ", ru: "Меморандум" },
  regulations: { en: "Regulations", vi: "Quy chế", ru: "Регламент" },
  other: { en: "Other", vi: "Khác", ru: "Другое" },
});
