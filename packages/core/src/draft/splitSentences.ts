import type { DraftLanguage } from "./detectLanguage.js";

/** A paragraph or sentence of the analysed text, with its offsets. */
export interface TextSpan {
  /** Start offset (UTF-16). */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** 1-based paragraph number, counted as citations count them (non-empty lines). */
  paragraph: number;
}

/** Words that end with a full stop without ending a sentence, per language (lower case, without the stop). */
const ABBREVIATIONS: Record<DraftLanguage, ReadonlySet<string>> = {
  en: new Set([
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "no",
    "gen",
    "lt",
    "col",
    "u.s",
    "vs",
    "jr",
    "prof",
  ]),
  vi: new Set(["tp", "ts", "ths", "gs", "pgs", "ông", "bà", "q", "p", "tt"]),
  ru: new Set(["г", "гг", "т", "н", "ч", "тыс", "млн", "млрд", "им", "ул", "д", "др", "пр", "см", "руб", "долл"]),
};

/** The paragraphs of a text: its non-empty lines, trimmed, numbered from 1 (as `splitParagraphs` counts them). */
export function paragraphSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const line = /[^\n]+/gu;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed === "") continue;
    const start = m.index + lead;
    spans.push({ start, end: start + trimmed.length, paragraph: spans.length + 1 });
  }
  return spans;
}

/**
 * Splits each paragraph into sentences at `.`, `!`, `?` followed by a space and a capital letter or digit,
 * except after an abbreviation of the language or a single-letter initial ("V.V. Volodin", "A. Rudenko").
 */
export function splitSentences(text: string, language: DraftLanguage): TextSpan[] {
  const abbreviations = ABBREVIATIONS[language];
  const sentences: TextSpan[] = [];
  for (const para of paragraphSpans(text)) {
    let start = para.start;
    const body = text.slice(para.start, para.end);
    const stop = /[.!?…]+["»”)]?\s+(?=["«“(]?[\p{Lu}\d])/gu;
    for (let m = stop.exec(body); m; m = stop.exec(body)) {
      const before = body.slice(0, m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
      const last = word.split(".").pop() ?? "";
      if (
        m[0].startsWith(".") &&
        (abbreviations.has(word.toLowerCase()) || abbreviations.has(last.toLowerCase()) || /^\p{Lu}$/u.test(last))
      )
        continue;
      const end = para.start + m.index + m[0].trimEnd().length;
      sentences.push({ start, end, paragraph: para.paragraph });
      start = para.start + m.index + m[0].length;
    }
    if (start < para.end) sentences.push({ start, end: para.end, paragraph: para.paragraph });
  }
  return sentences;
}
