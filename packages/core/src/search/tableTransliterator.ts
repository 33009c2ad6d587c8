/** Latin transliterations by Unicode block (code point >> 8): the block's 256 characters' transliterations joined by tabs. */
export type TransliterationTable = Readonly<Record<string, string>>;

/**
 * Transliterates text into Latin letters with a table: characters of blocks the table lacks are dropped, as are
 * characters with no transliteration; ASCII is kept as it is.
 */
export function tableTransliterator(table: TransliterationTable): (text: string) => string {
  const blocks = new Map<number, readonly string[]>();
  const blockOf = (number: number) => {
    let block = blocks.get(number);
    if (block === undefined)
      blocks.set(number, (block = Object.hasOwn(table, number) ? String(table[number]).split("\t") : []));
    return block;
  };
  return (text) => {
    let out = "";
    for (const char of text) {
      const code = char.codePointAt(0)!;
      out += code < 0x80 ? char : (blockOf(code >>> 8)[code & 0xff] ?? "");
    }
    return out;
  };
}
