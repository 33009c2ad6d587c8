import { dateBounds, type DateBounds } from "@parley/core";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Day {
  year: string;
  month: string;
  day: string;
}

function split(iso: string): Day {
  const negative = iso.startsWith("-");
  const [year = "", month = "", day = ""] = (negative ? iso.slice(1) : iso).split("-");
  return { year: negative ? `-${Number(year)}` : String(Number(year)), month: MONTHS[Number(month) - 1] ?? month, day: String(Number(day)) };
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
    if (start.precision === "day" && a.month === b.month) return a.day === b.day ? formatSide(start) : `${a.day}–${b.day} ${b.month} ${b.year}`;
    if (start.precision === "day") return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
    if (start.precision === "month") return a.month === b.month ? formatSide(start) : `${a.month}–${b.month} ${b.year}`;
    return a.year;
  }
  if (plain && start.precision === "year" && end.precision === "year") return `${a.year}–${b.year}`;
  return `${qualify(formatSide(start), start)} – ${qualify(formatSide(end), end)}`;
}

/**
 * An EDTF date in words at its true precision, read through core's `dateBounds`:
 * "16 October 2023", "October 2023", "15–16 October 2023", "~2023", "on or before 28 September 2025".
 * Text that is not a date comes back as "unknown date (…)", never guessed.
 */
export function formatEdtf(edtf: string | null | undefined): string {
  if (edtf === null || edtf === undefined || edtf === "") return "unknown";
  const whole = dateBounds(edtf);
  if (!whole) return `unknown date (${edtf})`;
  if (!whole.interval) return qualify(formatSide(whole), whole);
  const slash = edtf.indexOf("/");
  const start = whole.earliest === null ? null : dateBounds(edtf.slice(0, slash));
  const end = whole.latest === null ? null : dateBounds(edtf.slice(slash + 1));
  if (start && end) return formatSpan(start, end);
  if (end) return `on or before ${qualify(formatSide(end), end)}`;
  if (start) return `on or after ${qualify(formatSide(start), start)}`;
  return `unknown date (${edtf})`;
}

/** The machine-readable day for a `<time dateTime>` attribute: the earliest known day at its precision, or undefined. */
export function dateTimeAttribute(edtf: string | null | undefined): string | undefined {
  if (!edtf) return undefined;
  const bounds = dateBounds(edtf);
  const day = bounds?.earliest ?? bounds?.latest;
  if (!bounds || !day) return undefined;
  if (bounds.interval) return day;
  return bounds.precision === "year" ? day.slice(0, 4) : bounds.precision === "month" ? day.slice(0, 7) : day;
}

function isoAt(bounds: DateBounds, side: "earliest" | "latest"): string | undefined {
  const day = bounds[side];
  if (!day) return undefined;
  return bounds.precision === "year" ? day.slice(0, 4) : bounds.precision === "month" ? day.slice(0, 7) : day;
}

/** The start and end of a date as ISO 8601 at their own precision (`2023-10-15`, `2023-10`), for schema.org; absent where unknown. */
export function isoRange(edtf: string | null | undefined): { start?: string; end?: string } {
  if (!edtf) return {};
  const whole = dateBounds(edtf);
  if (!whole) return {};
  if (!whole.interval) return { start: isoAt(whole, "earliest"), end: whole.precision === "day" ? undefined : isoAt(whole, "latest") };
  const slash = edtf.indexOf("/");
  const start = whole.earliest === null ? null : dateBounds(edtf.slice(0, slash));
  const end = whole.latest === null ? null : dateBounds(edtf.slice(slash + 1));
  return { start: start ? isoAt(start, "earliest") : undefined, end: end ? isoAt(end, "latest") : undefined };
}
