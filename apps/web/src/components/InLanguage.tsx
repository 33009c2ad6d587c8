import type { Language, TextIn } from "@parley/core";
import type { ReactNode } from "react";

/**
 * Words in a language other than the page's, marked with their `lang` so they are read (and hyphenated) in their own
 * language; as they are when the languages match. For texts that are never translated (names in their own script, a
 * source's title, our notes and a source's cited words), so no "not translated" note goes with them; translatable
 * record texts use `LocalText`.
 */
export function InLanguage({ lang, language, children }: { lang: string; language: Language; children: ReactNode }) {
  return lang === language ? <>{children}</> : <span lang={lang}>{children}</span>;
}

/**
 * A name as `nameIn` gave it for the page's language: a Latin-letter name on the Vietnamese site, or a Vietnamese
 * original on the Russian one, is how those readers write it, so it is marked with its language and never called
 * untranslated.
 */
export function NameText({ value, language }: { value: TextIn; language: Language }) {
  return (
    <InLanguage lang={value.lang} language={language}>
      {value.text}
    </InLanguage>
  );
}
