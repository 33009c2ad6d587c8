import type { Language } from "@parley/core/search";

/** The offer's words, each written in the language it offers (the reader may read no English). */
export interface LanguageOfferWords {
  /** What the region is, for screen readers. */
  label: string;
  message: string;
  accept: string;
  dismiss: string;
}

/** The offer of the Vietnamese and the Russian site, made on the English home to a browser that prefers one. */
export const languageOfferText: Readonly<Record<Exclude<Language, "en">, LanguageOfferWords>> = {
  vi: {
    label: "Ngôn ngữ",
    message: "Parley cũng có bằng tiếng Việt.",
    accept: "Đọc bằng tiếng Việt",
    dismiss: "Không, cảm ơn",
  },
  ru: {
    label: "Язык",
    message: "Parley есть и на русском языке.",
    accept: "Читать по-русски",
    dismiss: "Нет, спасибо",
  },
};
