import type { Language } from "@parley/core/search";

/** The visible note beside English shown where a Vietnamese or Russian translation is missing. */
export const untranslatedNote: Readonly<Record<Language, string>> = Object.freeze({
  en: "Not yet translated: shown in English.",
  vi: "Chưa được dịch: hiển thị bằng tiếng Anh.",
  ru: "Ещё не переведено: показано на английском.",
});
