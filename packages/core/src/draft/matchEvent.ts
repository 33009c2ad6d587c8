import { dateBounds } from "../dates/dateBounds.js";
import type { Event } from "../schema/Event.js";
import { kindFamily } from "./readEventKind.js";
import type { RecordLexicon } from "./recordLexicon.js";

/** What the drafter knows of an event before matching it. */
export interface EventFacts {
  kind: Event["kind"];
  /** Whether the article states the kind's level (a "state visit"), not just "a visit". */
  kindStated: boolean;
  date: string | null;
  place: string | null;
  participants: readonly string[];
  sequence: number | null;
}

/** A recorded event the facts describe, and how: overlapping dates, or a few days apart when all else agrees. */
export interface EventMatch {
  event: Event;
  /** Whether the dates agree: they overlap, and two day-precise spans do not merely straddle each other. */
  datesAgree: boolean;
}

const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/**
 * The recorded event the facts describe: the same kind family, shared participants, and dates that overlap
 * at their precisions; failing that, one at most three days apart whose series number or people all agree
 * (that is how a date conflict is found). Among several, the one of the same kind with the narrowest dates.
 */
export function matchEvent(facts: EventFacts, lexicon: RecordLexicon): EventMatch | null {
  const bounds = facts.date ? dateBounds(facts.date) : null;
  if (!bounds?.earliest || !bounds.latest) return null;
  const family = kindFamily(facts.kind);
  const shared = (e: Event) => e.participants.filter((p) => facts.participants.includes(p.person)).length;
  let best: { event: Event; score: number; overlap: boolean } | null = null;
  for (const { event, earliest, latest } of lexicon.events) {
    if (kindFamily(event.kind) !== family) continue;
    const common = shared(event);
    // With no participants drafted (a festival), the same kind on overlapping dates is enough.
    if (common === 0 && (facts.participants.length > 0 || event.kind !== facts.kind)) continue;
    const overlap = earliest <= bounds.latest && bounds.earliest <= latest;
    const contained =
      (earliest <= bounds.earliest && bounds.latest <= latest) ||
      (bounds.earliest <= earliest && latest <= bounds.latest);
    const agree = overlap && (contained || bounds.precision !== "day" || event.date.length < 10);
    if (!overlap) {
      const gap = Math.min(daysBetween(earliest, bounds.latest), daysBetween(bounds.earliest, latest));
      const sameSession = facts.sequence !== null && event.sequence === facts.sequence;
      const samePeople = common >= 2 && common === Math.min(facts.participants.length, event.participants.length);
      const near = gap <= 3 && (sameSession || samePeople || (event.kind === facts.kind && common >= 1 && gap <= 2));
      if (!near) continue;
    }
    const span = (Date.parse(latest) - Date.parse(earliest)) / DAY;
    const score =
      (overlap ? 1000 : 0) +
      (event.kind === facts.kind ? 100 : 0) +
      (facts.sequence !== null && event.sequence === facts.sequence ? 200 : 0) +
      common * 10 -
      Math.min(span, 60) / 10;
    if (!best || score > best.score) best = { event, score, overlap: agree };
  }
  return best ? { event: best.event, datesAgree: best.overlap } : null;
}

/** Whether two places are compatible: the same, or one within the other. */
export function placesAgree(a: string, b: string, lexicon: RecordLexicon): boolean {
  return a === b || (lexicon.within.get(a) ?? []).includes(b) || (lexicon.within.get(b) ?? []).includes(a);
}
