const LANGUAGES: Record<string, string> = {
  en: "English",
  vi: "Vietnamese",
  ru: "Russian",
  "ru-Latn": "Russian, Latin letters",
  fr: "French",
  de: "German",
  zh: "Chinese",
  ko: "Korean",
  ro: "Romanian",
};

/** A language tag in words, where known ("ru" → "Russian"). */
export function languageName(tag: string): string {
  return LANGUAGES[tag] ?? tag;
}
