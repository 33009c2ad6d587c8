// Reading EDTF dates into sortable bounds: the plain forms here, rarer ones through a reader given by the caller
// (so this module, and `plainDateBounds`, need no EDTF library).

/** How finely a date is known. */
export type Precision = "year" | "month" | "day";

/** The sortable reading of an EDTF date: earliest and latest possible days and the precision kept. */
export interface DateBounds {
  /** Earliest possible day, `YYYY-MM-DD`; null when the start is open or unknown. */
  earliest: string | null;
  /** Latest possible day, `YYYY-MM-DD`; null when the end is open or unknown. */
  latest: string | null;
  /** The coarsest precision among the date's parts. */
  precision: Precision;
  /** True for a span (`a/b`). */
  interval: boolean;
  /** True when a source gives the date as approximate (`~` or `%`). */
  approximate: boolean;
  /** True when a source gives the date as uncertain (`?` or `%`). */
  uncertain: boolean;
}

/** One side of a date, read. */
export interface DatePart {
  earliest: string;
  latest: string;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TILDE = 126;
const QUESTION = 63;
const PERCENT = 37;
const DASH = 45;

export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The last day of a month (1–12) in the proleptic Gregorian calendar. */
export function lastDayOfMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** The number written by `count` ASCII digits at `at`, or -1 when a character there is not one. */
export function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function part(earliest: string, latest: string, precision: Precision, qualifier: number): DatePart {
  return {
    earliest,
    latest,
    precision,
    approximate: qualifier === TILDE || qualifier === PERCENT,
    uncertain: qualifier === QUESTION || qualifier === PERCENT,
  };
}

/**
 * Reads one side of a date the quick way (`YYYY[-MM[-DD]]` with an optional `~`, `?` or `%`): its bounds, null for
 * a month or day that does not exist, undefined for any other form.
 */
function parseSimple(text: string): DatePart | null | undefined {
  const last = text.charCodeAt(text.length - 1);
  const qualifier = last === TILDE || last === QUESTION || last === PERCENT ? last : 0;
  const end = qualifier === 0 ? text.length : text.length - 1;
  if (end !== 4 && end !== 7 && end !== 10) return undefined;
  const year = digitsAt(text, 0, 4);
  if (year < 0) return undefined;
  const y = text.slice(0, 4);
  if (end === 4) return part(`${y}-01-01`, `${y}-12-31`, "year", qualifier);
  if (text.charCodeAt(4) !== DASH) return undefined;
  const month = digitsAt(text, 5, 2);
  if (month < 0) return undefined;
  if (end === 10 && (text.charCodeAt(7) !== DASH || digitsAt(text, 8, 2) < 0)) return undefined;
  if (month < 1 || month > 12) return null;
  const days = lastDayOfMonth(year, month);
  if (end === 7) {
    const ym = text.slice(0, 7);
    return part(`${ym}-01`, `${ym}-${days}`, "month", qualifier);
  }
  const day = digitsAt(text, 8, 2);
  if (day < 1 || day > days) return null;
  const iso = text.slice(0, 10);
  return part(iso, iso, "day", qualifier);
}

const CACHE_LIMIT = 200_000;

function compute(text: string, parsePart: (text: string) => DatePart | null): DateBounds | null {
  if (typeof text !== "string" || text === "" || text.trim() !== text) return null;
  const slash = text.indexOf("/");
  if (slash === -1) {
    const side = parsePart(text);
    return (
      side && {
        earliest: side.earliest,
        latest: side.latest,
        precision: side.precision,
        interval: false,
        approximate: side.approximate,
        uncertain: side.uncertain,
      }
    );
  }
  if (text.indexOf("/", slash + 1) !== -1) return null;
  const left = text.slice(0, slash);
  const right = text.slice(slash + 1);
  const open = (s: string) => s === "" || s === "..";
  if (open(left) && open(right)) return null;
  const start = open(left) ? null : parsePart(left);
  const end = open(right) ? null : parsePart(right);
  if ((!open(left) && !start) || (!open(right) && !end)) return null;
  if (start && end && start.earliest > end.latest) return null;
  const precisions = [start, end].filter((p): p is DatePart => p !== null).map((p) => p.precision);
  const precision = precisions.reduce<Precision>((a, b) => (RANK[b] < RANK[a] ? b : a), "day");
  return {
    earliest: start ? start.earliest : null,
    latest: end ? end.latest : null,
    precision,
    interval: true,
    approximate: Boolean(start?.approximate || end?.approximate),
    uncertain: Boolean(start?.uncertain || end?.uncertain),
  };
}

/**
 * A cached reader of EDTF dates into bounds: plain years, months and days (with `~`, `?`, `%`) and intervals of
 * them are read here; any other side goes to `readRare` (null when it cannot be read).
 */
export function createDateBounds(readRare: (text: string) => DatePart | null): (text: string) => DateBounds | null {
  const cache = new Map<string, DateBounds | null>();
  const parsePart = (text: string): DatePart | null => {
    const quick = parseSimple(text);
    return quick === undefined ? readRare(text) : quick;
  };
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit ?? null;
    const bounds = compute(text, parsePart);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const frozen = bounds && Object.freeze(bounds);
    cache.set(text, frozen);
    return frozen;
  };
}

/**
 * The bounds of the plain EDTF forms (`2023`, `2023-10`, `2023-10-16`, with `~ ? %`, and intervals of these, open
 * ends included), null for anything rarer (`2023-10-XX`, seasons): `dateBounds` without the EDTF library, for browsers.
 */
export const plainDateBounds = createDateBounds(() => null);
