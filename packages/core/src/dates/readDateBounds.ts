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

const SIMPLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads one side of a date the quick way (`YYYY[-MM[-DD]]` with an optional qualifier), or null. */
function parseSimple(text: string): DatePart | null | undefined {
  const m = SIMPLE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const qualifier = m[4];
  const approximate = qualifier === "~" || qualifier === "%";
  const uncertain = qualifier === "?" || qualifier === "%";
  const y = pad(year, 4);
  if (m[2] === undefined) {
    return { earliest: `${y}-01-01`, latest: `${y}-12-31`, precision: "year", approximate, uncertain };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const mm = pad(month, 2);
  const last = lastDayOfMonth(year, month);
  if (m[3] === undefined) {
    return { earliest: `${y}-${mm}-01`, latest: `${y}-${mm}-${pad(last, 2)}`, precision: "month", approximate, uncertain };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  const iso = `${y}-${mm}-${pad(day, 2)}`;
  return { earliest: iso, latest: iso, precision: "day", approximate, uncertain };
}

const CACHE_LIMIT = 200_000;

function compute(text: string, parsePart: (text: string) => DatePart | null): DateBounds | null {
  if (typeof text !== "string" || text === "" || text.trim() !== text) return null;
  const slash = text.indexOf("/");
  if (slash === -1) {
    const part = parsePart(text);
    return part && { ...part, interval: false };
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
