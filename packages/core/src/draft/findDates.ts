// The two locales the drafter reads, not chrono's index, which carries all of them (a page that drafts loads less).
import * as en from "chrono-node/en";
import * as ru from "chrono-node/ru";
import type { DraftLanguage } from "./detectLanguage.js";
import { dateBounds } from "../dates/dateBounds.js";
import { foldChars } from "./foldChars.js";

/** A date found in the text, resolved to EDTF at the precision written. */
export interface FoundDate {
  start: number;
  end: number;
  /** EDTF: a day, a month, a year, or an interval of them. */
  date: string;
  /** Whether the year was not written and was taken from the publication date. */
  inferredYear: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const validDay = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** Vietnamese dates chrono does not read: "28/9", "từ ngày 15 đến 16/10/2023", "tháng 9/2024", "3-5/7". */
function vietnameseDates(text: string, year: number): FoundDate[] {
  const folded = foldChars(text);
  const found: FoundDate[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  const push = (start: number, end: number, date: string, inferredYear: boolean) => {
    if (!taken(start, end)) found.push({ start, end, date, inferredYear });
  };
  const yearOf = (y: string | undefined) => (y ? Number(y) : year);
  let m: RegExpExecArray | null;
  const spanAcross = /\btu (?:ngay )?(\d{1,2})\/(\d{1,2}) den (?:ngay )?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/gu;
  while ((m = spanAcross.exec(folded))) {
    const [d1, m1, d2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    if (validDay(m1, d1) && validDay(m2, d2))
      push(m.index, m.index + m[0].length, `${day(yearOf(m[5]), m1, d1)}/${day(yearOf(m[5]), m2, d2)}`, !m[5]);
  }
  const span = /\b(?:tu (?:ngay )?)?(\d{1,2})(?: den (?:ngay )?|\s?[-–]\s?)(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/gu;
  while ((m = span.exec(folded))) {
    const [d1, d2, mo] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    if (validDay(mo, d1) && validDay(mo, d2) && d1 < d2)
      push(m.index, m.index + m[0].length, `${day(yearOf(m[4]), mo, d1)}/${day(yearOf(m[4]), mo, d2)}`, !m[4]);
  }
  const month = /\bthang (\d{1,2})(?:\/| nam )(\d{4})/gu;
  while ((m = month.exec(folded)))
    if (Number(m[1]) <= 12) push(m.index, m.index + m[0].length, `${m[2]}-${pad(Number(m[1]))}`, false);
  const single = /\b(?:ngay )?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/gu;
  while ((m = single.exec(folded))) {
    const [d, mo] = [Number(m[1]), Number(m[2])];
    if (validDay(mo, d)) push(m.index, m.index + m[0].length, day(yearOf(m[3]), mo, d), !m[3]);
  }
  const yearOnly = /\bnam (\d{4})\b/gu;
  while ((m = yearOnly.exec(folded))) push(m.index, m.index + m[0].length, m[1]!, false);
  return found;
}

const EN_HINT = /\d|day\b|today|yesterday|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;
const RU_HINT = new RegExp(
  [
    "\\d|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|сегодня|вчера|завтра",
    "январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр",
  ].join("|"),
  "iu",
);
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";

/** English spans chrono reads only in part: "September 28–29", "Sept. 28-29, 2025". */
function englishSpans(text: string, year: number): FoundDate[] {
  const found: FoundDate[] = [];
  const re = new RegExp(
    `\\b(${MONTHS}|sept?\\.?|oct\\.|nov\\.|dec\\.|jan\\.|feb\\.|aug\\.)\\s(\\d{1,2})\\s?[–-]\\s?(\\d{1,2})(?:,\\s(\\d{4}))?`,
    "giu",
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1]!.toLowerCase().replace(".", "");
    const mo = MONTHS.split("|").findIndex((full) => full.startsWith(name.slice(0, 3))) + 1;
    const [d1, d2] = [Number(m[2]), Number(m[3])];
    if (mo < 1 || !validDay(mo, d1) || !validDay(mo, d2) || d1 >= d2) continue;
    const y = m[4] ? Number(m[4]) : year;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      date: `${day(y, mo, d1)}/${day(y, mo, d2)}`,
      inferredYear: !m[4],
    });
  }
  return found;
}

interface Known {
  get(c: "year" | "month" | "day" | "weekday"): number | null;
  isCertain(c: "year" | "month" | "day" | "weekday"): boolean;
}

/** The most recent given weekday on or before a day (or the next on or after it, for previews). */
function nearestWeekday(published: Date, weekday: number, forward: boolean): Date {
  const diff = forward ? (weekday - published.getUTCDay() + 7) % 7 : -((published.getUTCDay() - weekday + 7) % 7);
  return new Date(published.getTime() + diff * 86_400_000);
}

/** One end of a chrono result in EDTF, at the precision its text gives. */
function edtfOf(c: Known, published: Date, forward: boolean): { date: string; inferredYear: boolean } | null {
  const year = c.isCertain("year") ? c.get("year")! : published.getUTCFullYear();
  if (c.isCertain("day") && c.isCertain("month"))
    return { date: day(year, c.get("month")!, c.get("day")!), inferredYear: !c.isCertain("year") };
  if (c.isCertain("weekday") && !c.isCertain("day")) {
    const d = nearestWeekday(published, c.get("weekday")!, forward);
    return { date: day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), inferredYear: false };
  }
  if (c.isCertain("month")) return { date: `${year}-${pad(c.get("month")!)}`, inferredYear: !c.isCertain("year") };
  if (c.isCertain("year")) return { date: String(year), inferredYear: false };
  return null;
}

/**
 * Every date in the text, resolved against the publication date: chrono's English and Russian parsers,
 * extended with the Vietnamese day/month forms and English day spans it does not read.
 * `forward` resolves bare weekdays to the coming day (for previews) instead of the last one.
 */
export function findDates(
  text: string,
  language: DraftLanguage,
  published: string | null,
  forward = false,
): FoundDate[] {
  // The reference day: the publication date, or the latest day it may be ("../2025-09-28", "2025-09").
  const latest = published ? dateBounds(published)?.latest : null;
  const ref = latest && latest !== "9999-12-31" ? new Date(`${latest}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const year = ref.getUTCFullYear();
  const found: FoundDate[] =
    language === "vi" ? vietnameseDates(text, year) : language === "en" ? englishSpans(text, year) : [];
  const parser = language === "ru" ? ru : language === "vi" ? null : en;
  if (parser) {
    const hint = language === "ru" ? RU_HINT : EN_HINT;
    const results: { result: en.ParsedResult; offset: number }[] = [];
    // chrono reads only the paragraphs that may hold a date (a digit, a month, a weekday): most of the cost.
    for (const para of text.matchAll(/[^\n]+/gu))
      if (hint.test(para[0]))
        for (const result of parser.parse(para[0], { instant: ref, timezone: 0 }, { forwardDate: forward }))
          results.push({ result, offset: para.index });
    for (const { result, offset } of results) {
      const start = offset + result.index + (result.text.length - result.text.trimStart().length);
      const end = offset + result.index + result.text.trimEnd().length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      if (language === "en" && /^(?:may|march)$/iu.test(result.text.trim()) && !/^[A-Z]/u.test(result.text.trim()))
        continue;
      if (/^(?:now|today|tonight|this \w+)$/iu.test(result.text.trim()) && !result.start.isCertain("day")) continue;
      // A bare abbreviation ("Thu" in "Le Thi Thu Hang") is a name, not a weekday.
      if (/^\p{L}{2,4}$/u.test(result.text.trim()) && !result.start.isCertain("month")) continue;
      const from = edtfOf(result.start, ref, forward);
      if (!from) continue;
      const to = result.end ? edtfOf(result.end, ref, forward) : null;
      found.push({
        start,
        end,
        date: to && to.date !== from.date ? `${from.date}/${to.date}` : from.date,
        inferredYear: from.inferredYear || (to?.inferredYear ?? false),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
