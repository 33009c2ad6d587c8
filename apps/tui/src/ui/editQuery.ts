import type { Key } from "ink";

/** The search box: its text and where the caret is (0 = before the first character). */
export interface QueryText {
  query: string;
  caret: number;
}

// Controls and escape sequences are never text.
// eslint-disable-next-line no-control-regex -- control characters are what we look for
const CONTROL = /[\u0000-\u001F\u007F]/u;

/** The search box after a key, or null when the key does not edit it (arrows up and down, Enter, Esc…). */
export function editQuery({ query, caret }: QueryText, input: string, key: Key): QueryText | null {
  const chars = Array.from(query);
  const at = Math.max(0, Math.min(caret, chars.length));
  const make = (next: string[], to: number): QueryText => ({ query: next.join(""), caret: to });
  if (key.backspace || key.delete)
    return at === 0 ? null : make([...chars.slice(0, at - 1), ...chars.slice(at)], at - 1);
  if (key.leftArrow) return at === 0 ? null : make(chars, at - 1);
  if (key.rightArrow) return at === chars.length ? null : make(chars, at + 1);
  if (key.ctrl) {
    if (input === "a") return make(chars, 0);
    if (input === "e") return make(chars, chars.length);
    if (input === "u") return make(chars.slice(at), 0);
    if (input === "w") {
      let from = at;
      while (from > 0 && chars[from - 1] === " ") from--;
      while (from > 0 && chars[from - 1] !== " ") from--;
      return make([...chars.slice(0, from), ...chars.slice(at)], from);
    }
    return null;
  }
  if (key.meta || input === "" || CONTROL.test(input)) return null;
  const typed = Array.from(input);
  return make([...chars.slice(0, at), ...typed, ...chars.slice(at)], at + typed.length);
}
