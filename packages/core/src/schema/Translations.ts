import { z } from "zod";

/** A translated text: our own words in another language, never an article's sentence. */
export const TranslatedText = z.string().min(1);

/**
 * Translations of a record's texts into Vietnamese and Russian, keyed by language. Each holds the same fields as the
 * English record has; the validator lists records that lack a language, and pages then show the English marked so.
 */
export function translationsOf<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const one = z.strictObject(shape);
  return z.strictObject({
    /** Vietnamese. */
    vi: one.optional(),
    /** Russian. */
    ru: one.optional(),
  });
}

/** The languages records are translated into (English is the records' own language). */
export const translationLanguages = Object.freeze(["vi", "ru"] as const);
/** A language records are translated into. */
export type TranslationLanguage = (typeof translationLanguages)[number];
