import type { Label } from "../labels/Label.js";
import type { Language } from "../labels/Language.js";
import systemErrorsText from "./text/systemErrors.json";

/**
 * An error of the system on a read or a write, language-neutral: its code (`ENOSPC`) where it has one, and the
 * system's own words. `systemErrorMessage` says the common codes in English, Vietnamese or Russian.
 */
export type SystemError = { readonly code: string | null; readonly words: string };

/** The system error behind what a read or write threw: its code, and its first line without the code in front. */
export function systemErrorOf(error: unknown): SystemError {
  const raw = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const line = raw.split("\n")[0]!;
  return typeof code === "string"
    ? { code, words: line.startsWith(`${code}: `) ? line.slice(code.length + 2) : line }
    : { code: null, words: line };
}

const byCode: Readonly<Record<string, Label>> = Object.freeze(systemErrorsText);

/**
 * A system error in a language: the common codes in the reader's words (with the code, for searching), anything
 * else in the system's own words.
 */
export function systemErrorMessage(error: SystemError, language: Language): string {
  const known = error.code === null ? undefined : byCode[error.code];
  return known ? `${known[language]} (${error.code})` : error.words;
}
