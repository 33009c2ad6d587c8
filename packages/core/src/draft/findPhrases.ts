import { cyrillicKey, isCaseForm } from "./nameForms.js";
import type { Word } from "./findNames.js";
import type { RecordLexicon } from "./recordLexicon.js";

/** A place, organization or topic named in the text. */
export interface FoundPhrase {
  start: number;
  end: number;
  id: string;
  kind: "place" | "organization" | "topic";
}

/** What may stand between the words of a name: a space, an apostrophe, a hyphen, or an en dash ("Vietnam–Russia"). */
const SEPARATOR = /^(?:[\s\u00a0'’-]{1,2}|[\s\u00a0]?\u2013[\s\u00a0]?)$/u;

const cache = new WeakMap<
  RecordLexicon,
  Map<string, { words: string[]; id: string; kind: FoundPhrase["kind"]; cyrillic: boolean }[]>
>();

function phraseIndex(lexicon: RecordLexicon) {
  let index = cache.get(lexicon);
  if (!index) {
    index = new Map();
    for (const p of lexicon.phrases) {
      const cyrillic = /[\u0400-\u04ff]/u.test(p.phrase);
      const words = p.phrase.split(" ").map((w) => (cyrillic ? cyrillicKey(w) : w));
      const key = cyrillic ? words[0]!.slice(0, 3) : words[0]!;
      (index.get(key) ?? index.set(key, []).get(key)!).push({ words, id: p.id, kind: p.kind, cyrillic });
    }
    for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
    cache.set(lexicon, index);
  }
  return index;
}

/** Recorded places, organizations and topics named in the text, by any name or alias the record holds. */
export function findPhrases(text: string, words: readonly Word[], lexicon: RecordLexicon): FoundPhrase[] {
  const index = phraseIndex(lexicon);
  const found: FoundPhrase[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const list = index.get(w.cyrillic ? w.key.slice(0, 3) : w.key);
    if (!list) continue;
    for (const p of list) {
      if (i + p.words.length > words.length) continue;
      let ok = true;
      for (let k = 0; k < p.words.length && ok; k++) {
        const t = words[i + k]!;
        ok = p.cyrillic ? t.cyrillic && isCaseForm(t.key, p.words[k]!) : t.key === p.words[k];
        if (ok && k > 0) ok = SEPARATOR.test(text.slice(words[i + k - 1]!.end, t.start));
      }
      if (!ok) continue;
      // A one-word organization or place name must be capitalised (a "summit" is not the Summit).
      if (p.kind !== "topic" && !w.capital) continue;
      found.push({ start: w.start, end: words[i + p.words.length - 1]!.end, id: p.id, kind: p.kind });
      i += p.words.length - 1;
      break;
    }
  }
  return found;
}
