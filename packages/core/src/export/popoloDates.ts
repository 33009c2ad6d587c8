const POPOLO_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * One side of an EDTF date in Popolo's `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, coarsened where digits are unspecified; null
 * when it cannot be said.
 */
function popoloPart(part: string, notes: string[]): string | null {
  if (part === "" || part === "..") return null;
  let text = part;
  const qualifier = /[~?%]$/.exec(text)?.[0];
  if (qualifier) {
    text = text.slice(0, -1);
    notes.push(
      `${qualifier === "~" ? "approximate" : qualifier === "?" ? "uncertain" : "approximate and uncertain"} date (EDTF ${part})`,
    );
  }
  if (text.includes("X")) {
    const known = text.split("-").filter((piece) => !piece.includes("X"));
    text = known.join("-");
    notes.push(`given as ${part}; the unspecified digits are left out`);
  }
  const match = POPOLO_DAY.exec(text);
  if (!match) {
    notes.push(`EDTF ${part} has no Popolo form`);
    return null;
  }
  if (match[2] !== undefined && Number(match[2]) > 12) {
    notes.push(`EDTF ${part} names a season; only the year is kept`);
    return match[1]!;
  }
  return text;
}

/** The longest leading `YYYY` or `YYYY-MM` two Popolo dates share (the coarsest true single date for a span). */
function commonPrefix(a: string, b: string): string | null {
  if (a === b) return a;
  if (a.slice(0, 7) === b.slice(0, 7) && a.length >= 7 && b.length >= 7) return a.slice(0, 7);
  if (a.slice(0, 4) === b.slice(0, 4)) return a.slice(0, 4);
  return null;
}

/**
 * An EDTF date or interval as Popolo `start_date`/`end_date`, with notes for what Popolo cannot say (qualifiers,
 * unspecified digits, open ends).
 */
export function popoloSpan(edtf: string): { start: string | null; end: string | null; notes: string[] } {
  const notes: string[] = [];
  const slash = edtf.indexOf("/");
  if (slash === -1) {
    const day = popoloPart(edtf, notes);
    return { start: day, end: day, notes };
  }
  const left = edtf.slice(0, slash);
  const right = edtf.slice(slash + 1);
  const start = popoloPart(left, notes);
  const end = popoloPart(right, notes);
  if (left === "..") notes.push("open start");
  if (right === "..") notes.push("open end");
  if (left === "" || right === "") notes.push("an end of the span is unknown");
  return { start, end, notes };
}

/**
 * An EDTF date as one Popolo date (for a birth or a term's start): a span becomes what its ends share, e.g.
 * `2016-10-05/2016-10-07` → `2016-10`.
 */
export function popoloDate(edtf: string): { date: string | null; notes: string[] } {
  const { start, end, notes } = popoloSpan(edtf);
  if (start !== null && end !== null) {
    const shared = commonPrefix(start, end);
    if (shared !== start || shared !== end) notes.push(`given as the span ${edtf}`);
    return { date: shared, notes };
  }
  if (edtf.includes("/")) notes.push(`given as the span ${edtf}`);
  return { date: null, notes };
}
