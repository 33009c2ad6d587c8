import type { Language } from "@parley/core";
import { en, type Messages } from "./en.js";
import { ru } from "./ru.js";
import { vi } from "./vi.js";

const dictionaries: Readonly<Record<Language, Messages>> = Object.freeze({ en, vi, ru });

/** The terminal's words in a language. */
export function messagesFor(language: Language): Messages {
  return dictionaries[language];
}
