/** Splits a source text into paragraphs: its non-empty lines, trimmed. Paragraph n of a citation is element n - 1. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
