import type { Language } from "../labels/Language.js";
import type { Disagreement } from "../schema/Disagreement.js";
import type { TextIn } from "./textIn.js";

/** One version of a disagreement in the language asked for, or its English marked `lang: "en"`. */
export function versionValueIn(disagreement: Disagreement, index: number, language: Language): TextIn | undefined {
  const version = disagreement.versions[index];
  if (version === undefined) return undefined;
  if (language !== "en") {
    const translated = disagreement.translations?.[language]?.versions[index]?.value;
    if (translated !== undefined) return { text: translated, lang: language };
  }
  return { text: version.value, lang: "en" };
}
