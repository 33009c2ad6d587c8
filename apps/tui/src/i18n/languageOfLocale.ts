import type { Language } from "@parley/core";

/**
 * The language of a POSIX locale name: `vi_VN.UTF-8` is Vietnamese, `ru_RU.UTF-8` Russian, anything else
 * (`en_GB.UTF-8`, `C`, `POSIX`, `de_DE`) English.
 */
export function languageOfLocale(locale: string): Language {
  const code = /^([A-Za-z]+)/u.exec(locale)?.[1]?.toLowerCase();
  return code === "vi" || code === "ru" ? code : "en";
}
