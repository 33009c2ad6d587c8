import anyAscii from "any-ascii";
import { fold } from "../text/fold.js";

const SEPARATORS = /[\n\r\p{Z}\p{P}\p{S}]+/u;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** Splits a name or a query into words at spaces, punctuation and symbols. */
export function tokenize(text: string): string[] {
  return text.split(SEPARATORS).filter((word) => word !== "");
}

/**
 * The terms one word is indexed and searched under: the word folded (accents dropped, đ→d, lower case)
 * and, where it differs, its Latin transliteration folded ("Володин" → володин, volodin).
 */
export function searchTerms(word: string): string[] {
  const folded = fold(word);
  if (folded === "") return [];
  const latin = fold(anyAscii(word)).replace(NOT_ALPHANUMERIC, "");
  return latin === "" || latin === folded ? [folded] : [folded, latin];
}

/** A word lower-cased with its accents kept, for telling exact-accent matches from folded ones. */
export function exactForm(word: string): string {
  return word.normalize("NFC").toLowerCase();
}
