const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO day (`YYYY-MM-DD`). */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

const isoCache = new Map<number, string>();

/** The ISO day (`YYYY-MM-DD`) of a day number. */
export function isoDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

/** The ISO month (`YYYY-MM`) of a day number. */
export function isoMonth(day: number): string {
  return isoDay(day).slice(0, 7);
}

/** The first and last day numbers of the month that contains a day. */
export function monthSpan(day: number): { first: number; last: number } {
  const d = new Date(day * MS_PER_DAY);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY;
  const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / MS_PER_DAY;
  return { first, last };
}
