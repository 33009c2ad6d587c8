import type { Language } from "@parley/core";
import { libText } from "./libText";

/**
 * A language tag in words in the page's language ("ru" → "Russian", "tiếng Nga", "русский"): from the site's own
 * table where it has the tag, else from `Intl.DisplayNames`, else the tag itself.
 */
export function languageName(tag: string, language: Language): string {
  const known = libText[language].languages[tag];
  if (known !== undefined) return known;
  try {
    return new Intl.DisplayNames([language], { type: "language", fallback: "none" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
