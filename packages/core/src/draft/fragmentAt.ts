import { MAX_FRAGMENT_WORDS } from "../schema/Citation.js";
import type { TextSpan } from "./splitSentences.js";

/**
 * A verbatim fragment of at most 12 words around a span, taken from its sentence: the span's own words,
 * widened on both sides up to `words` words. Returns the fragment exactly as it stands in the text.
 */
export function fragmentAt(text: string, sentence: TextSpan, start: number, end: number, words = 8): string {
  const tokens: { start: number; end: number }[] = [];
  const re = /\S+/gu;
  const body = text.slice(sentence.start, sentence.end);
  for (let m = re.exec(body); m; m = re.exec(body))
    tokens.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  if (tokens.length === 0) return text.slice(start, end).trim() || text.slice(sentence.start, sentence.end);
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = tokens.length - 1;
  let last = tokens.length - 1;
  for (let i = first; i < tokens.length; i++) if (tokens[i]!.start < end) last = i;
  const limit = Math.min(MAX_FRAGMENT_WORDS, Math.max(words, 1));
  if (last - first + 1 > limit) last = first + limit - 1;
  while (last - first + 1 < limit && (first > 0 || last < tokens.length - 1)) {
    if (last < tokens.length - 1) last++;
    if (last - first + 1 < limit && first > 0) first--;
  }
  return text.slice(tokens[first]!.start, tokens[last]!.end);
}

/** The sentence that holds an offset (the last one starting at or before it). */
export function sentenceAt(sentences: readonly TextSpan[], offset: number): TextSpan {
  let found = sentences[0]!;
  for (const s of sentences) if (s.start <= offset) found = s;
  return found;
}
