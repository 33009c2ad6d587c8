/**
 * A chart's title as an element id part, in any script: "Должности Володина" → "должности-володина". Letters and digits
 * of every script are kept, so Vietnamese and Russian titles give ids as distinct as English ones (an ASCII-only slug
 * would turn every Russian title into the same "-").
 */
export function chartSlug(title: string): string {
  return title
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
