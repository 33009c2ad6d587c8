import type { Language, TextIn } from "@parley/core";
import type { ReactNode } from "react";
import { untranslatedNote } from "@/i18n/untranslatedNote";

/**
 * A record's text as `textIn`/`nameIn` gave it for the page's language. Text in another language is marked with its
 * `lang` (a Vietnamese name on the Russian site is read as Vietnamese); English standing in for a missing translation
 * also says so visibly. `children` renders the text (e.g. with its links); the plain text is shown without it.
 */
export function LocalText({ value, language, children }: { value: TextIn; language: Language; children?: ReactNode }) {
  const shown = children ?? value.text;
  if (value.lang === language) return <>{shown}</>;
  const missing = value.lang === "en" && language !== "en";
  return (
    <>
      <span lang={value.lang}>{shown}</span>
      {missing ? <span className="untranslated"> ({untranslatedNote[language]})</span> : null}
    </>
  );
}
