import { foldChars } from "./foldChars.js";
import { titleLexicon, type TitleEntry } from "./titleLexicon.js";

/** A title found in the text. */
export interface FoundTitle {
  start: number;
  end: number;
  entry: TitleEntry;
  /** Whether words just before it mark it as past ("then", "former", "khi đó", "бывший"). */
  past: boolean;
}

const compiled = titleLexicon.map((entry) => ({
  entry,
  re: new RegExp(`(?<![\\p{L}-])(?:${entry.pattern})(?![\\p{L}])`, "giu"),
}));
const PAST_BEFORE =
  /(?:\bthen|\bformer|\bex-|\bonetime|\bnguyen|\bcuu|бывш\p{L}*|предыдущ\p{L}*|экс-|прежн\p{L}*)\s*$/u;
const PAST_AFTER = /^(?:\s*(?:khi do|luc do|at the time|в то время|тогда))/u;
const WAS_SERVING = /(?:was serving as|then serving as|served as|who was)\s*$/u;

/** Every title of the lexicon in the text (over its folded form), longest first where two overlap. */
export function findTitles(text: string): FoundTitle[] {
  const folded = foldChars(text);
  const all: FoundTitle[] = [];
  for (const { entry, re } of compiled) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const before = folded.slice(Math.max(0, start - 24), start);
      const after = folded.slice(end, end + 60);
      const past =
        PAST_BEFORE.test(before) ||
        WAS_SERVING.test(before) ||
        /^[^.;]{0,40}?\b(?:khi do|luc do)\b/u.test(after) ||
        PAST_AFTER.test(after);
      all.push({ start, end, entry, past });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundTitle[] = [];
  for (const t of all) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept;
}
