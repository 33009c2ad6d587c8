/** One part of a free text: plain words, or a link to another record (`[visible text](record-id)` in the data). */
export type TextPart = { text: string; id?: undefined } | { text: string; id: string };

/** `[visible text](record-id)`: the visible text has no brackets or line breaks; the id is a record id's slug. */
const LINK = /\[([^[\]\n]+)\]\(([a-z0-9]+(?:-[a-z0-9]+)*)\)/gu;

/**
 * Splits a free text (a summary, note, reason) into plain parts and links to other records, in order; empty plain
 * parts are left out. Anything that is not a link to a record id (a bare bracket, a web address) stays plain text.
 */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const m of text.matchAll(LINK)) {
    if (m.index > from) parts.push({ text: text.slice(from, m.index) });
    parts.push({ text: m[1]!, id: m[2]! });
    from = m.index + m[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}
