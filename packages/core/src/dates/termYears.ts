/** The year an EDTF date starts with, or "" ("2016-10-05" → "2016"). */
const yearOf = (date: string | undefined) => /^\d{4}/u.exec(date ?? "")?.[0] ?? "";

/**
 * A term's years as a reader expects them after a name, with a leading space: " (2016–2021)", " (2016–)",
 * " (–2023)", " (2016)" when it starts and ends in one year, or "" when neither is known.
 */
export function termYears(start: string | undefined, end: string | undefined): string {
  const from = yearOf(start);
  const to = yearOf(end);
  if (from === "" && to === "") return "";
  return from === to ? ` (${from})` : ` (${from}–${to})`;
}
