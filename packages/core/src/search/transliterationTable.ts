import anyAscii from "any-ascii";
import type { TransliterationTable } from "./tableTransliterator.js";

/**
 * Blocks always in a table, whatever the data holds: Latin with its accents (Vietnamese included), combining marks,
 * Greek and Cyrillic, so a query in those scripts can find a name recorded in Latin letters only.
 */
const USUAL_BLOCKS = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x1e, 0x1f];
/** Surrogates and private use have no transliteration. */
const isTransliterable = (block: number) => block < 0xd8 || block > 0xf8;

/** The transliteration table of the usual blocks and of every block the texts are written in, made with any-ascii. */
export function transliterationTable(texts: Iterable<string>): TransliterationTable {
  const used = new Set(USUAL_BLOCKS);
  for (const text of texts) {
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (code >= 0x80) used.add(code >>> 8);
    }
  }
  const table: Record<string, string> = {};
  for (const block of [...used].sort((a, b) => a - b)) {
    if (!isTransliterable(block)) continue;
    const characters: string[] = [];
    for (let low = 0; low < 0x100; low++) {
      const code = (block << 8) | low;
      // ASCII is kept as typed (and its tab would break the table's joins).
      characters.push(code < 0x80 ? "" : anyAscii(String.fromCodePoint(code)).replaceAll("\t", " "));
    }
    while (characters.length > 0 && characters[characters.length - 1] === "") characters.pop();
    table[block] = characters.join("\t");
  }
  return table;
}
