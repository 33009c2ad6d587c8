/** The languages Parley speaks, in the order its interfaces list them. */
export const languages = Object.freeze(["en", "vi", "ru"] as const);

/** A language Parley speaks: English, Vietnamese or Russian (ISO 639-1 codes, usable as `Intl` locales). */
export type Language = (typeof languages)[number];

/** Each language in its own words, for a language switcher. */
export const languageNames: Readonly<Record<Language, string>> = Object.freeze({
  en: "English",
  vi: "Tiếng Việt",
  ru: "Русский",
});

/** Whether a string names one of Parley's languages (`"vi"`, not `"vi_VN"`). */
export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}
