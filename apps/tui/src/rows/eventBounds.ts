import { dateBounds } from "@parley/core";

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * The earliest and latest possible days of a validated event date (null for an open or unknown end), as core's
 * `dateBounds` gives them; a plain day, which most dates are, is its own bounds without asking core.
 */
export function eventBounds(date: string): { earliest: string | null; latest: string | null } {
  if (DAY.test(date)) return { earliest: date, latest: date };
  const b = dateBounds(date);
  return { earliest: b?.earliest ?? null, latest: b?.latest ?? null };
}
