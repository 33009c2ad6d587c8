import type { Language } from "../labels/Language.js";

/** A text with the language it is written in: a translation, or the English where the translation is missing. */
export interface TextIn {
  /** The text. */
  text: string;
  /** The language it is in; differs from the language asked for when the translation is missing. */
  lang: Language;
}

/** A record that may carry translations of its texts (every translatable kind does). */
export interface Translatable {
  readonly translations?: Readonly<Partial<Record<Language, object>>> | undefined;
}

/**
 * A record's text field in the language asked for, or its English with `lang: "en"` where no translation exists, so
 * a page can mark the fallback instead of passing English off as Vietnamese or Russian. Undefined when the record has
 * no such text at all.
 */
export function textIn<R extends Translatable, F extends keyof R & string>(
  record: R,
  field: F,
  language: Language,
): TextIn | undefined {
  const own = (record as Record<string, unknown>)[field];
  if (typeof own !== "string") return undefined;
  if (language !== "en") {
    const translated = (record.translations?.[language] as Record<string, unknown> | undefined)?.[field];
    if (typeof translated === "string") return { text: translated, lang: language };
  }
  return { text: own, lang: "en" };
}
