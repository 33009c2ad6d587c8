/** Escapes text for an iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcalText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 §3.1):
 * continuation lines start with one space, and a character is never split across lines.
 */
export function foldIcalLine(line: string): string {
  if (!/[^\x20-\x7e]/.test(line)) {
    if (line.length <= 75) return line;
    let ascii = line.slice(0, 75);
    for (let at = 75; at < line.length; at += 74) ascii += `\r\n ${line.slice(at, at + 74)}`;
    return ascii;
  }
  let out = "";
  let width = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0)!);
    if (width + size > 75) {
      out += "\r\n ";
      width = 1;
    }
    out += char;
    width += size;
  }
  return out;
}
