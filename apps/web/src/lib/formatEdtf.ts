import { dateBounds, type DateBounds, type Language } from "@parley/core";
import { describeDate } from "./describeDate";

/**
 * An EDTF date in words at its true precision, read through core's `dateBounds`:
 * "16 October 2023", "October 2023", "15–16 October 2023", "~2023", "on or before 28 September 2025".
 * In Vietnamese and Russian by `Intl` ("tháng 10 năm 2023"). Text that is not a date comes back as "unknown date (…)",
 * never guessed.
 */
export function formatEdtf(edtf: string | null | undefined, language: Language): string {
  if (edtf === null || edtf === undefined || edtf === "") return UNKNOWN[language].date;
  return describeDate(edtf, dateBounds, language) ?? `${UNKNOWN[language].unreadable} (${edtf})`;
}

/** Each language's words for a date no source gives, and for text that is not a date. */
const UNKNOWN: Record<Language, { date: string; unreadable: string }> = {
  en: { date: "unknown", unreadable: "unknown date" },
  vi: { date: "không rõ", unreadable: "ngày không rõ" },
  ru: { date: "неизвестно", unreadable: "дата неизвестна" },
};

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
  if (!whole.interval)
    return { start: isoAt(whole, "earliest"), end: whole.precision === "day" ? undefined : isoAt(whole, "latest") };
  const slash = edtf.indexOf("/");
  const start = whole.earliest === null ? null : dateBounds(edtf.slice(0, slash));
  const end = whole.latest === null ? null : dateBounds(edtf.slice(slash + 1));
  return { start: start ? isoAt(start, "earliest") : undefined, end: end ? isoAt(end, "latest") : undefined };
}
