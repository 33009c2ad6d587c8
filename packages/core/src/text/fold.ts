const MARKS = /\p{M}+/gu;
const SPACES = /\s+/gu;

/**
 * Folds text for matching: decomposes accents and drops them, maps đ/Đ to d,
 * lower-cases and collapses white space. "Vương Đình Huệ" → "vuong dinh hue".
 * Used for both indexing and querying so the two always agree.
 */
export function fold(text: string): string {
  return text.normalize("NFD").replace(MARKS, "").replace(/[đĐ]/gu, "d").toLowerCase().replace(SPACES, " ").trim();
}
