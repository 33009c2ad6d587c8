import type { Dataset } from "../schema/Dataset.js";
import { translationLanguages, type TranslationLanguage } from "../schema/Translations.js";

/** A record text with no translation in one language. */
export interface MissingTranslation {
  /** The record's kind (the dataset's array name). */
  kind: keyof Dataset;
  /** The record's id. */
  id: string;
  /** The language it lacks. */
  lang: TranslationLanguage;
  /** The fields with English text and no translation in that language (`versions` for a disagreement's values). */
  fields: string[];
}

/** The text fields each translatable kind carries, as the schema's `translations` names them. */
export const translatedFields = Object.freeze({
  events: ["title", "summary"],
  statements: ["summary"],
  posts: ["label"],
  organizations: ["name", "summary", "disambiguation"],
  topics: ["label", "description"],
  disagreements: ["question", "reason", "versions"],
  documents: ["title", "summary"],
  people: ["summary", "disambiguation"],
  places: ["name"],
  countries: ["name"],
} as const satisfies Partial<Record<keyof Dataset, readonly string[]>>);

/** Every record text lacking a translation, one entry per record and language, in dataset order. */
export function missingTranslations(dataset: Dataset): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  for (const [kind, fields] of Object.entries(translatedFields) as [
    keyof typeof translatedFields,
    readonly string[],
  ][]) {
    for (const record of dataset[kind] as readonly Record<string, unknown>[]) {
      const translations = record["translations"] as
        Partial<Record<TranslationLanguage, Record<string, unknown>>> | undefined;
      for (const lang of translationLanguages) {
        const translation = translations?.[lang];
        const lacking = fields.filter((field) => {
          if (record[field] === undefined) return false;
          const value = translation?.[field];
          if (field === "versions")
            return !Array.isArray(value) || value.length !== (record[field] as unknown[]).length;
          return value === undefined;
        });
        if (lacking.length > 0) missing.push({ kind, id: String(record["id"]), lang, fields: lacking });
      }
    }
  }
  return missing;
}
