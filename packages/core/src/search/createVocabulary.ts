/** The terms an index holds, for asking whether a word is known before trying typo tolerance on it. */
export interface Vocabulary {
  /** Whether the term is indexed. */
  has(term: string): boolean;
  /** Whether some indexed term starts with the prefix. */
  hasPrefix(prefix: string): boolean;
}

/** A vocabulary over the given terms (sorted once, then searched by halving). */
export function createVocabulary(terms: Iterable<string>): Vocabulary {
  const sorted = [...new Set(terms)].sort();
  /** The position of the first term not below `term`. */
  const lowerBound = (term: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    has: (term) => sorted[lowerBound(term)] === term,
    hasPrefix: (prefix) => sorted[lowerBound(prefix)]?.startsWith(prefix) ?? false,
  };
}
