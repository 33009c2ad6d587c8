import { formatDaySpan, type DateBounds, type Language } from "@parley/core/search";
import { MONTHS } from "./monthNames";

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

/** How each language qualifies a date it knows only in part. */
const QUALIFIERS: Record<Language, { before: string; after: string; about: string }> = {
  en: { before: "on or before", after: "on or after", about: "~" },
  vi: { before: "vào hoặc trước", after: "vào hoặc sau", about: "khoảng" },
  ru: { before: "не позднее", after: "не ранее", about: "около" },
};

/** A date read by the bounds reader, in Vietnamese or Russian by `Intl`, keeping its precision. */
function describeIntl(whole: DateBounds, language: Exclude<Language, "en">): string | null {
  const q = QUALIFIERS[language];
  const qualified = (text: string, b: DateBounds) =>
    `${b.approximate ? `${q.about} ` : ""}${text}${b.uncertain ? "?" : ""}`;
  if (whole.earliest !== null && whole.latest !== null) {
    const to = whole.interval ? whole.latest : whole.earliest;
    const text = formatDaySpan(language, whole.earliest, to, whole.precision);
    return text === null ? null : qualified(text, whole);
  }
  const known = whole.earliest ?? whole.latest;
  if (known === null) return null;
  const text = formatDaySpan(language, known, known, whole.precision);
  if (text === null) return null;
  return `${whole.earliest === null ? q.before : q.after} ${qualified(text, whole)}`;
}

/**
 * An EDTF date in words at its true precision and in a language, read through the given bounds reader (core's
 * `dateBounds`, or `plainDateBounds` in the browser): "16 October 2023", "October 2023", "15–16 October 2023",
 * "~2023", "on or before 28 September 2025"; "tháng 10 năm 2023", "октябрь 2023 г." by `Intl`. Null when the reader
 * cannot read it.
 */
export function describeDate(
  edtf: string,
  boundsOf: (text: string) => DateBounds | null,
  language: Language = "en",
): string | null {
  const whole = boundsOf(edtf);
  if (!whole) return null;
  if (language !== "en") return describeIntl(whole, language);
  if (!whole.interval) return qualify(formatSide(whole), whole);
  const slash = edtf.indexOf("/");
  const start = whole.earliest === null ? null : boundsOf(edtf.slice(0, slash));
  const end = whole.latest === null ? null : boundsOf(edtf.slice(slash + 1));
  if (start && end) return formatSpan(start, end);
  if (end) return `on or before ${qualify(formatSide(end), end)}`;
  if (start) return `on or after ${qualify(formatSide(start), start)}`;
  return null;
}
