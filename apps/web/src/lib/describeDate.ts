import type { DateBounds } from "@parley/core/search";

/** English month names, January first. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

interface Day {
  year: string;
  month: string;
  day: string;
}

function split(iso: string): Day {
  const negative = iso.startsWith("-");
  const [year = "", month = "", day = ""] = (negative ? iso.slice(1) : iso).split("-");
  return {
    year: negative ? `-${Number(year)}` : String(Number(year)),
    month: MONTHS[Number(month) - 1] ?? month,
    day: String(Number(day)),
  };
}

/** One side of a date at its own precision: "16 October 2023", "October 2023", "2023". */
function formatSide(bounds: DateBounds): string {
  const start = split(bounds.earliest ?? bounds.latest ?? "");
  if (bounds.precision === "year") return start.year;
  if (bounds.precision === "month") return `${start.month} ${start.year}`;
  return `${start.day} ${start.month} ${start.year}`;
}

function qualify(text: string, bounds: DateBounds): string {
  const approx = bounds.approximate ? `~${text}` : text;
  return bounds.uncertain ? `${approx}?` : approx;
}

/** A span with both ends known, dropping the repeated month and year: "15–16 October 2023", "30 September – 2 October 2023". */
function formatSpan(start: DateBounds, end: DateBounds): string {
  const a = split(start.earliest ?? "");
  const b = split(end.latest ?? "");
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  if (plain && start.precision === end.precision && a.year === b.year) {
    if (start.precision === "day" && a.month === b.month)
      return a.day === b.day ? formatSide(start) : `${a.day}–${b.day} ${b.month} ${b.year}`;
    if (start.precision === "day") return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
    if (start.precision === "month") return a.month === b.month ? formatSide(start) : `${a.month}–${b.month} ${b.year}`;
    return a.year;
  }
  if (plain && start.precision === "year" && end.precision === "year") return `${a.year}–${b.year}`;
  return `${qualify(formatSide(start), start)} – ${qualify(formatSide(end), end)}`;
}

/**
 * An EDTF date in words at its true precision, read through the given bounds reader (core's `dateBounds`, or
 * `plainDateBounds` in the browser): "16 October 2023", "October 2023", "15–16 October 2023", "~2023",
 * "on or before 28 September 2025". Null when the reader cannot read it.
 */
export function describeDate(edtf: string, boundsOf: (text: string) => DateBounds | null): string | null {
  const whole = boundsOf(edtf);
  if (!whole) return null;
  if (!whole.interval) return qualify(formatSide(whole), whole);
  const slash = edtf.indexOf("/");
  const start = whole.earliest === null ? null : boundsOf(edtf.slice(0, slash));
  const end = whole.latest === null ? null : boundsOf(edtf.slice(slash + 1));
  if (start && end) return formatSpan(start, end);
  if (end) return `on or before ${qualify(formatSide(end), end)}`;
  if (start) return `on or after ${qualify(formatSide(start), start)}`;
  return null;
}
