import { dateBounds, type Frozen, type Membership } from "@parley/core";

/** One bar of a terms-of-office chart: when it is known to start and end, and how sure those ends are. */
export interface TermRow {
  id: string;
  /** The row's label (the post on a person's page, the holder on a post's page). */
  label: string;
  href: string;
  /** First day the term may have covered (its start, or the first day a source shows it), `YYYY-MM-DD`. */
  from: string;
  /** Last day drawn: its end, the last day a source shows it, or the chart's end for a term with no end recorded. */
  to: string;
  /** Whether the start is a recorded start (false: only "first seen"). */
  startKnown: boolean;
  /** How the end is known. */
  end: "recorded" | "last-seen" | "open";
  acting: boolean;
}

/**
 * Turns terms of office into chart rows, reading their dates through core's `dateBounds`.
 * Terms with no readable date at all are left out (they are still listed in the table beside the chart).
 */
export function termRows(
  memberships: readonly Frozen<Membership>[],
  label: (m: Frozen<Membership>) => string,
  href: (m: Frozen<Membership>) => string,
  until: string,
): TermRow[] {
  const rows: TermRow[] = [];
  for (const m of memberships) {
    const start = m.start ? dateBounds(m.start) : null;
    const firstSeen = m.firstSeen ? dateBounds(m.firstSeen) : null;
    const end = m.end ? dateBounds(m.end) : null;
    const lastSeen = m.lastSeen ? dateBounds(m.lastSeen) : null;
    const from = start?.earliest ?? firstSeen?.earliest ?? null;
    if (!from) continue;
    const to = end?.latest ?? lastSeen?.latest ?? (until > from ? until : from);
    rows.push({
      id: m.id,
      label: label(m),
      href: href(m),
      from,
      to,
      startKnown: start !== null,
      end: end ? "recorded" : lastSeen ? "last-seen" : "open",
      acting: m.acting,
    });
  }
  return rows;
}
