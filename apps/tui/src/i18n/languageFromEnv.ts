import type { Language } from "@parley/core";
import { languageOfLocale } from "./languageOfLocale.js";

/** The variables that name the locale for messages, in the order POSIX consults them. */
export const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG"] as const;

/** The interface's language from the environment: the first non-empty of `LC_ALL`, `LC_MESSAGES` and `LANG`. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value !== undefined && value !== "");
  return locale === undefined ? "en" : languageOfLocale(locale);
}
