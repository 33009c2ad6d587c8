import edtf from "edtf";

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

interface Part {
  earliest: string;
  latest: string;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

const SIMPLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const yyyy = y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
  return `${yyyy}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Reads one side of a date the quick way (`YYYY[-MM[-DD]]` with an optional qualifier), or null. */
function parseSimple(text: string): Part | null | undefined {
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

/** Reads one side with the EDTF library, for forms the quick path does not cover (`2023-10-XX`, seasons…). */
function parseWithLibrary(text: string): Part | null {
  if (/[T:]/u.test(text)) return null; // Parley records days, not times of day.
  try {
    const parsed = edtf(text, { level: 1 }) as { type: string; min: number; max: number; precision?: number; approximate?: { value: number }; uncertain?: { value: number } };
    if (parsed.type !== "Date" && parsed.type !== "Year" && parsed.type !== "Season") return null;
    if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) return null;
    const precision: Precision = parsed.precision === 3 ? "day" : parsed.precision === 2 ? "month" : "year";
    const earliest = isoDay(parsed.min);
    const latest = isoDay(parsed.max);
    // A day-precision date whose bounds span more than one day has unspecified digits (XX): treat by its span.
    const effective: Precision = precision === "day" && earliest !== latest ? (earliest.slice(0, 7) === latest.slice(0, 7) ? "month" : "year") : precision;
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

function parsePart(text: string): Part | null {
  const quick = parseSimple(text);
  return quick === undefined ? parseWithLibrary(text) : quick;
}

const cache = new Map<string, DateBounds | null>();
const CACHE_LIMIT = 200_000;

function compute(text: string): DateBounds | null {
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
  const precisions = [start, end].filter((p): p is Part => p !== null).map((p) => p.precision);
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
 * The earliest and latest possible days of an EDTF level 0/1 date or interval, with its precision,
 * or null when the text is not such a date. Frontends sort and filter on these bounds and never parse EDTF.
 */
export function dateBounds(text: string): DateBounds | null {
  const hit = cache.get(text);
  if (hit !== undefined || cache.has(text)) return hit ?? null;
  const bounds = compute(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const frozen = bounds && Object.freeze(bounds);
  cache.set(text, frozen);
  return frozen;
}

/** Reads two or four digits at `at`, or -1 when a character there is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** For a plain day `YYYY-MM-DD`, whether it exists (as `parseSimple` reads it); null for any other form. */
function isRealDay(text: string): boolean | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** True when the text is an EDTF level 0/1 date or interval that Parley accepts. */
export function isEdtf(text: string): boolean {
  // Plain days are most dates: answer those without reading (and caching) their bounds.
  const day = typeof text === "string" ? isRealDay(text) : null;
  return day ?? dateBounds(text) !== null;
}
