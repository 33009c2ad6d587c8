import edtf from "edtf";
import { createDateBounds, digitsAt, lastDayOfMonth, pad, type DatePart, type Precision } from "./readDateBounds.js";

export type { DateBounds, Precision } from "./readDateBounds.js";

function isoDay(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const yyyy = y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
  return `${yyyy}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Reads one side with the EDTF library, for forms the quick path does not cover (`2023-10-XX`, seasons…). */
function parseWithLibrary(text: string): DatePart | null {
  if (/[T:]/u.test(text)) return null; // Parley records days, not times of day.
  try {
    const parsed = edtf(text, { level: 1 }) as {
      type: string;
      min: number;
      max: number;
      precision?: number;
      approximate?: { value: number };
      uncertain?: { value: number };
    };
    if (parsed.type !== "Date" && parsed.type !== "Year" && parsed.type !== "Season") return null;
    if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) return null;
    const precision: Precision = parsed.precision === 3 ? "day" : parsed.precision === 2 ? "month" : "year";
    const earliest = isoDay(parsed.min);
    const latest = isoDay(parsed.max);
    // A date whose bounds span more than its precision says has unspecified digits (`2023-10-XX`, `2023-XX`):
    // its precision is what the span allows (a month, a year).
    const spansMonths = earliest.slice(0, 7) !== latest.slice(0, 7);
    const effective: Precision =
      precision === "day" && earliest !== latest
        ? spansMonths
          ? "year"
          : "month"
        : precision === "month" && spansMonths
          ? "year"
          : precision;
    return {
      earliest,
      latest,
      precision: effective,
      approximate: (parsed.approximate?.value ?? 0) !== 0,
      uncertain: (parsed.uncertain?.value ?? 0) !== 0,
    };
  } catch {
    return null;
  }
}

/**
 * The earliest and latest possible days of an EDTF level 0/1 date or interval, with its precision,
 * or null when the text is not such a date. Frontends sort and filter on these bounds and never parse EDTF.
 */
export const dateBounds = createDateBounds(parseWithLibrary);

/** For a plain day `YYYY-MM-DD`, whether it exists (as `parseSimple` reads it); null for any other form. */
function isRealDay(text: string): boolean | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** True when the text is an EDTF level 0/1 date or interval that Parley accepts. */
export function isEdtf(text: string): boolean {
  // Plain days are most dates: answer those without reading (and caching) their bounds.
  const day = typeof text === "string" ? isRealDay(text) : null;
  return day ?? dateBounds(text) !== null;
}
