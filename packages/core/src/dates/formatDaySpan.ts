import type { Language } from "../labels/Language.js";
import type { Precision } from "./readDateBounds.js";

/** How a month is written in a day: in full ("16 октября 2023 г.") or short ("16 окт. 2023 г."). */
export type MonthStyle = "long" | "short";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, precision: Precision, month: MonthStyle, bce: boolean): Intl.DateTimeFormat {
  const key = `${language} ${precision} ${month} ${bce}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {
      year: "numeric",
      ...(precision === "year" ? {} : { month: precision === "month" ? "long" : month }),
      ...(precision === "day" ? { day: "numeric" } : {}),
      ...(bce ? { era: "short" } : {}),
      timeZone: "UTC",
    };
    formatters.set(key, (f = new Intl.DateTimeFormat(language, options)));
  }
  return f;
}

/** A day from dateBounds (`YYYY-MM-DD`, a leading minus before the year 1) as a Date at UTC midnight. */
function toDate(iso: string): Date | null {
  const m = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date;
}

/**
 * One day, month or year, or the span between two, written by `Intl` in a language at that precision: a month stays
 * a month ("tháng 10 năm 2023", "октябрь 2023 г."), and a span is joined as the language joins one ("15–16 октября
 * 2023 г."). Spaces are plain (Intl's narrow no-break spaces become ordinary ones), so the text fits terminals and
 * pipes as well as pages. Null when a day cannot be read.
 */
export function formatDaySpan(
  language: Language,
  from: string,
  to: string,
  precision: Precision,
  month: MonthStyle = "long",
): string | null {
  const a = toDate(from);
  const b = toDate(to);
  if (!a || !b) return null;
  const f = formatter(language, precision, month, a.getUTCFullYear() < 1);
  const text = from === to ? f.format(a) : f.formatRange(a, b);
  return text.replace(/[\u00A0\u2009\u202F]/gu, " ").replace(/(?<=^\d+) – (?=\d+ )/u, "–");
}
