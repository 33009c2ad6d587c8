/** A word lower-cased with its accents kept, for telling exact-accent matches from folded ones. */
export function exactForm(word: string): string {
  return word.normalize("NFC").toLowerCase();
}
