import anyAscii from "any-ascii";
import { searchTermsWith } from "./searchTermsWith.js";

export { exactForm } from "./exactForm.js";
export { tokenize } from "./tokenize.js";

/**
 * The terms one word is indexed and searched under: the word folded (accents dropped, đ→d, lower case)
 * and, where it differs, its Latin transliteration folded ("Володин" → володин, volodin). Marked pure, so a bundle
 * that never searches leaves any-ascii's tables out.
 */
export const searchTerms: (word: string) => string[] = /* @__PURE__ */ searchTermsWith(anyAscii);
