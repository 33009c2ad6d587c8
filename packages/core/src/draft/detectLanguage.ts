/** The languages the drafter reads. */
export type DraftLanguage = "en" | "vi" | "ru";

const CYRILLIC = /[\u0400-\u04ff]/gu;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const VIETNAMESE_WORDS =
  /\b(?:va|cua|ngay|nam|thang|trong|cac|nhung|duoc|voi|hai|nuoc|quoc|hoi|chu|tich|viet|khong|tai)\b/gu;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|on|with|was|were|will|said|for|by)\b/gu;

/**
 * Guesses the language of a text from its script and common words: Cyrillic → ru, Vietnamese letters or
 * (unaccented) Vietnamese function words → vi, English function words → en; null when it cannot tell.
 */
export function detectLanguage(text: string): DraftLanguage | null {
  const sample = text.slice(0, 20_000);
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  if (cyrillic / letters > 0.3) return "ru";
  const vietnamese = sample.match(VIETNAMESE)?.length ?? 0;
  if (vietnamese / letters > 0.02) return "vi";
  const lower = sample.toLowerCase();
  const viWords = lower.match(VIETNAMESE_WORDS)?.length ?? 0;
  const enWords = lower.match(ENGLISH_WORDS)?.length ?? 0;
  if (viWords + enWords < 3) return null;
  return viWords > enWords ? "vi" : "en";
}
