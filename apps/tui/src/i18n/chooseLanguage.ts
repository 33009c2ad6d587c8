import { isLanguage, type Language } from "@parley/core";
import { languageFromEnv } from "./languageFromEnv.js";
import { messagesFor } from "./messagesFor.js";

/** The interface's language, or why the `--lang` given cannot be one (in the environment's language). */
export type LanguageChoice = { ok: true; language: Language } | { ok: false; language: Language; message: string };

/**
 * The interface's language: `--lang` when given (`null` when the option came without a value), else the
 * environment's. A value that is not `en`, `vi` or `ru` is refused, with a message in the environment's language.
 */
export function chooseLanguage(
  flag: string | null | undefined,
  env: Readonly<Record<string, string | undefined>>,
): LanguageChoice {
  const fromEnv = languageFromEnv(env);
  if (flag === undefined) return { ok: true, language: fromEnv };
  const t = messagesFor(fromEnv).cli;
  if (flag === null) return { ok: false, language: fromEnv, message: t.missingLanguage };
  if (!isLanguage(flag)) return { ok: false, language: fromEnv, message: t.unknownLanguage(flag) };
  return { ok: true, language: flag };
}
