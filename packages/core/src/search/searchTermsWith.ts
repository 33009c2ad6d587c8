import { fold } from "../text/fold.js";

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/**
 * `searchTerms` with the given transliteration into Latin letters: the word folded and, where it differs,
 * its transliteration folded.
 */
export function searchTermsWith(transliterate: (text: string) => string): (word: string) => string[] {
  return (word) => {
    const folded = fold(word);
    if (folded === "") return [];
    const latin = fold(transliterate(word)).replace(NOT_ALPHANUMERIC, "");
    return latin === "" || latin === folded ? [folded] : [folded, latin];
  };
}
