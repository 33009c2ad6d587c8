import type { Label } from "./Label.js";
import type { Language } from "./Language.js";

/** A label's text in one language. */
export function labelIn(label: Label, language: Language): string {
  return label[language];
}
