/**
 * Folds text for matching without moving any character: accents dropped, đ → d, й → и, ё → е, lower case.
 * Unlike `fold`, the result has the same length as the input, so a match in it is a span of the original.
 */
const cache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    const base = char === "đ" || char === "Đ" ? "d" : char.normalize("NFD").charAt(0).toLowerCase();
    folded = base.length === 1 ? base : char;
    cache.set(char, folded);
  }
  return folded;
}

/** The text folded character by character; `foldChars(t).length === t.length`. */
export function foldChars(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x41 ? text[i] : code < 0x80 ? text[i]!.toLowerCase() : foldChar(text[i]!);
  }
  return out;
}
