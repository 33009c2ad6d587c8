/** Cuts text to at most `width` characters, ending with "…" when cut; never wraps. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  const flat = text.replace(/\s+/gu, " ");
  const chars = Array.from(flat);
  if (chars.length <= width) return flat;
  if (width === 1) return "…";
  return `${chars.slice(0, width - 1).join("")}…`;
}

/** Pads or cuts text to exactly `width` characters. */
export function fit(text: string, width: number): string {
  const t = truncate(text, width);
  const n = Array.from(t).length;
  return n < width ? t + " ".repeat(width - n) : t;
}

/** Word-wraps text into lines of at most `width` characters (long words are cut), for rows that must not wrap on screen. */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
      let rest = word;
      while (Array.from(rest).length > w) {
        if (line) {
          lines.push(line);
          line = "";
        }
        const chars = Array.from(rest);
        lines.push(chars.slice(0, w).join(""));
        rest = chars.slice(w).join("");
      }
      if (!line) line = rest;
      else if (Array.from(line).length + 1 + Array.from(rest).length <= w) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}
