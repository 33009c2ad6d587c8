/** Cuts text to at most `width` characters, ending with "…" when cut; never wraps. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  const flat = text.replace(/\s+/gu, " ");
  const chars = Array.from(flat);
  if (chars.length <= width) return flat;
  if (width === 1) return "…";
  return `${chars.slice(0, width - 1).join("")}…`;
}

/** Cuts one line of text to at most `width` characters, ending with "…" when cut, as the terminal cuts a row; keeps its spacing. */
export function cutLine(text: string, width: number): string {
  if (width <= 0) return "";
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  return width === 1 ? "…" : `${chars.slice(0, width - 1).join("")}…`;
}

/** Pads or cuts text to exactly `width` characters. */
export function fit(text: string, width: number): string {
  const t = truncate(text, width);
  const n = Array.from(t).length;
  return n < width ? t + " ".repeat(width - n) : t;
}

/**
 * Word-wraps text into lines of at most `width` characters (long words are cut; spacing inside a line is kept), for
 * rows that must not wrap on screen.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const len = (t: string) => Array.from(t).length;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let gap = "";
    for (const token of paragraph.trim().split(/(\s+)/u)) {
      if (token === "") continue;
      if (/^\s+$/u.test(token)) {
        gap = token;
        continue;
      }
      let word = token;
      if (line !== "" && len(line) + len(gap) + len(word) <= w) {
        line += gap + word;
      } else {
        if (line !== "") lines.push(line);
        while (len(word) > w) {
          const chars = Array.from(word);
          lines.push(chars.slice(0, w).join(""));
          word = chars.slice(w).join("");
        }
        line = word;
      }
      gap = "";
    }
    lines.push(line);
  }
  return lines;
}
