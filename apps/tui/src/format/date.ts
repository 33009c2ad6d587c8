import { dateBounds, formatDaySpan, type DateBounds, type Language } from "@parley/core";
import { messagesFor } from "../i18n/messagesFor.js";

type Precision = DateBounds["precision"];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

interface Day {
  y: string;
  m: string;
  d: number;
}

function split(iso: string): Day {
  // `iso` is a day from dateBounds (`YYYY-MM-DD`, a leading minus for years BCE).
  const m = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return { y: iso, m: "", d: 0 };
  return { y: String(Number(m[1])), m: MONTHS[Number(m[2]) - 1] ?? m[2]!, d: Number(m[3]) };
}

function one(iso: string, precision: Precision): string {
  const { y, m, d } = split(iso);
  if (precision === "year") return y;
  if (precision === "month") return `${m} ${y}`;
  return `${d} ${m} ${y}`;
}

function span(from: string, to: string, precision: Precision): string {
  const a = split(from);
  const b = split(to);
  if (precision === "year") return a.y === b.y ? a.y : `${a.y}–${b.y}`;
  if (precision === "month") {
    if (a.y !== b.y) return `${a.m} ${a.y} – ${b.m} ${b.y}`;
    return a.m === b.m ? `${a.m} ${a.y}` : `${a.m}–${b.m} ${a.y}`;
  }
  if (a.y !== b.y) return `${a.d} ${a.m} ${a.y} – ${b.d} ${b.m} ${b.y}`;
  if (a.m !== b.m) return `${a.d} ${a.m} – ${b.d} ${b.m} ${a.y}`;
  return a.d === b.d ? `${a.d} ${a.m} ${a.y}` : `${a.d}–${b.d} ${a.m} ${a.y}`;
}

/**
 * The widest a date is written in each language, in characters, counting a single day or month and two days of one
 * month ("28–30 сент. 2023 г."): the width of a date column. Longer spans are cut there.
 */
export const dateWidth: Readonly<Record<Language, number>> = Object.freeze({ en: 16, vi: 20, ru: 19 });

/** Russian days take the short month, which reads least ambiguously in a narrow column ("16 окт. 2023 г."). */
const MONTH_STYLE = { vi: "long", ru: "short" } as const;

/** A known day or span in a language: English as Parley has always written it, the others by `Intl`. */
function text(language: Language, from: string, to: string, precision: Precision): string {
  if (language !== "en") {
    const intl = formatDaySpan(language, from, to, precision, MONTH_STYLE[language]);
    if (intl !== null) return intl;
  }
  return from === to ? one(from, precision) : span(from, to, precision);
}

/**
 * An EDTF date for people, at the precision it is known, in a language: "16 Oct 2023", "Oct 2023", "15–16 Oct 2023",
 * "on or before 28 Sep 2025", "c. 2023", "2023?"; "tháng 10 năm 2023", "октябрь 2023 г.". Uses core's `dateBounds`;
 * text it cannot read is returned as is.
 */
export function formatDate(edtf: string | null | undefined, language: Language): string {
  const t = messagesFor(language).dates;
  if (edtf === null || edtf === undefined || edtf === "") return t.unknown;
  const b = dateBounds(edtf);
  if (!b) return edtf;
  let out: string;
  if (b.earliest === null && b.latest !== null) out = t.onOrBefore(text(language, b.latest, b.latest, b.precision));
  else if (b.latest === null && b.earliest !== null)
    out = t.onOrAfter(text(language, b.earliest, b.earliest, b.precision));
  else if (b.earliest !== null && b.latest !== null)
    out = text(language, b.earliest, b.interval ? b.latest : b.earliest, b.precision);
  else return edtf;
  if (b.approximate) out = t.approximate(out);
  if (b.uncertain) out = t.uncertain(out);
  return out;
}
