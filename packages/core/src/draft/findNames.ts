import { foldChars } from "./foldChars.js";
import { cyrillicKey, isCaseForm } from "./nameForms.js";
import type { NameForm, RecordLexicon } from "./recordLexicon.js";

/** A word of the text with its offsets and matching key. */
export interface Word {
  start: number;
  end: number;
  /** Folded Latin, or `cyrillicKey` of a Cyrillic word. */
  key: string;
  capital: boolean;
  cyrillic: boolean;
}

/** A recorded person named in the text. */
export interface FoundName {
  start: number;
  end: number;
  id: string;
  /** Index of the first and past-the-last word. */
  from: number;
  to: number;
}

const WORD = /[\p{L}\p{M}]+/gu;

/** The words of a text. */
export function wordsOf(text: string): Word[] {
  const folded = foldChars(text);
  const words: Word[] = [];
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const cyrillic = /[\u0400-\u04ff]/u.test(m[0]);
    const plain = folded.slice(m.index, m.index + m[0].length);
    words.push({
      start: m.index,
      end: m.index + m[0].length,
      key: cyrillic ? cyrillicKey(plain) : plain,
      capital: /^\p{Lu}/u.test(m[0]),
      cyrillic,
    });
  }
  return words;
}

/** Whether a word of the text spells a word of a name: the same key, or (Cyrillic) a case form or a near spelling. */
function wordMatches(word: Word, name: string, cyrillic: boolean): boolean {
  if (word.cyrillic !== cyrillic) return false;
  if (!cyrillic) return word.key === name;
  if (isCaseForm(word.key, name)) return true;
  return name.length >= 6 && nearlyEqual(word.key.slice(0, name.length + 1), name);
}

/** Edit distance at most one. */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/** Whether only spaces or a hyphen separate two words (a name never spans punctuation). */
const adjacent = (text: string, a: Word, b: Word) => /^[\s\u00a0-]{1,2}$/u.test(text.slice(a.end, b.start));

/** Place words after a person's name that make the span a place, not the person ("Ho Chi Minh City"). */
const PLACE_AFTER = /^\s*(?:city|mausoleum|trail|museum|square|street|avenue|campaign|thought|mausoleum)\b/iu;
const PLACE_BEFORE =
  /(?:lăng(?: chủ tịch)?|thành phố|tp\.?|мавзоле\p{L}*|город\p{L}*|им\.|имени|площад\p{L}*|улиц\p{L}*|проспект\p{L}*)\s*$/iu;

/**
 * Recorded people named in the text, by any spelling the record holds or generates (Cyrillic case forms
 * included). A short form (a surname, a Vietnamese given name) counts for a Russian anywhere, and for a
 * Vietnamese only once the full name has appeared.
 */
export function findNames(text: string, words: readonly Word[], lexicon: RecordLexicon): FoundName[] {
  const byFirst = new Map<string, NameForm[]>();
  for (const form of lexicon.people) {
    const key = form.cyrillic ? form.words[0]!.slice(0, 3) : form.words[0]!;
    (byFirst.get(key) ?? byFirst.set(key, []).get(key)!).push(form);
  }
  const found: FoundName[] = [];
  const seenFull = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.capital) continue;
    const candidates = byFirst.get(word.cyrillic ? word.key.slice(0, 3) : word.key);
    if (!candidates) continue;
    let best: FoundName | null = null;
    let bestForm: NameForm | null = null;
    for (const form of candidates) {
      const n = form.words.length;
      if (i + n > words.length || (best && n <= best.to - best.from)) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const w = words[i + k]!;
        ok =
          w.capital &&
          wordMatches(w, form.words[k]!, form.cyrillic) &&
          (k === 0 || adjacent(text, words[i + k - 1]!, w));
      }
      if (!ok) continue;
      if (form.short) {
        const russian = lexicon.nationality.get(form.id)?.includes("ru") ?? false;
        if (!russian && !seenFull.has(form.id)) continue;
        // A short form must not be the first or last word of a longer capitalised name.
        const prev = words[i - 1];
        const next = words[i + 1];
        if (
          !russian &&
          ((prev?.capital && adjacent(text, prev, word)) || (next?.capital && adjacent(text, word, next)))
        )
          continue;
      }
      best = { start: word.start, end: words[i + n - 1]!.end, id: form.id, from: i, to: i + n };
      bestForm = form;
    }
    if (!best || !bestForm) continue;
    if (
      PLACE_AFTER.test(text.slice(best.end, best.end + 16)) ||
      PLACE_BEFORE.test(text.slice(Math.max(0, best.start - 24), best.start))
    ) {
      i = best.to - 1;
      continue;
    }
    // Two Russian surnames that are also first names of others are rare; one Vietnamese given name is shared
    // by several people, so a short form names the person last named in full.
    if (bestForm.short) {
      const sharing = lexicon.people.filter(
        (f) => f.short && f.cyrillic === bestForm.cyrillic && f.words[0] === bestForm.words[0],
      );
      const recent = [...found].reverse().find((f) => sharing.some((s) => s.id === f.id));
      if (recent) best.id = recent.id;
    } else seenFull.add(best.id);
    found.push(best);
    i = best.to - 1;
  }
  return found;
}
