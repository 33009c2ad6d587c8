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
  /** Organizations named with the event: a recorded series among them names the event with its session number. */
  organizations?: readonly string[];
}

/** A recorded event the facts describe, and how: overlapping dates, or a few days apart when all else agrees. */
export interface EventMatch {
  event: Event;
  /** Whether the dates agree: they overlap, and two day-precise spans do not merely straddle each other. */
  datesAgree: boolean;
  /** How many of the drafted participants the recorded event has. */
  shared: number;
}

const DAY = 86_400_000;
/** How many days apart a recorded event may be and still match, when all else agrees. */
export const MATCH_DAYS = 3;
const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/**
 * Every recorded event the facts may describe, the likeliest first: the same kind family, shared participants,
 * and dates that overlap at their precisions; or one at most three days apart whose series number or people all
 * agree (that is how a date conflict is found). A session of a series the facts name, with the same number on
 * overlapping dates, needs neither the kind family nor a shared participant ("the fourth meeting of the
 * committee"). Ties go to the same kind, the session number, more shared participants, then the narrowest dates.
 */
export function matchEvents(facts: EventFacts, lexicon: RecordLexicon): EventMatch[] {
  const bounds = facts.date ? dateBounds(facts.date) : null;
  if (!bounds?.earliest || !bounds.latest) return [];
  const family = kindFamily(facts.kind);
  const shared = (e: Event) => e.participants.filter((p) => facts.participants.includes(p.person)).length;
  const found: (EventMatch & { score: number })[] = [];
  for (const { event, earliest, latest } of lexicon.events) {
    const overlap = earliest <= bounds.latest && bounds.earliest <= latest;
    const sameSession = facts.sequence !== null && event.sequence === facts.sequence;
    const namedSession =
      sameSession && overlap && event.series !== undefined && (facts.organizations ?? []).includes(event.series);
    if (kindFamily(event.kind) !== family && !namedSession) continue;
    const common = shared(event);
    // With no participants drafted (a festival), the same kind on overlapping dates is enough.
    if (common === 0 && !namedSession && (facts.participants.length > 0 || event.kind !== facts.kind)) continue;
    const contained =
      (earliest <= bounds.earliest && bounds.latest <= latest) ||
      (bounds.earliest <= earliest && latest <= bounds.latest);
    const agree = overlap && (contained || bounds.precision !== "day" || event.date.length < 10);
    if (!overlap) {
      const gap = Math.min(daysBetween(earliest, bounds.latest), daysBetween(bounds.earliest, latest));
      const samePeople = common >= 2 && common === Math.min(facts.participants.length, event.participants.length);
      const near =
        gap <= MATCH_DAYS && (sameSession || samePeople || (event.kind === facts.kind && common >= 1 && gap <= 2));
      if (!near) continue;
    }
    const span = (Date.parse(latest) - Date.parse(earliest)) / DAY;
    const score =
      (overlap ? 1000 : 0) +
      (event.kind === facts.kind ? 100 : 0) +
      (sameSession ? 200 : 0) +
      common * 10 -
      Math.min(span, 60) / 10;
    found.push({ event, datesAgree: agree, shared: common, score });
  }
  // A stable sort keeps the record's order among equals, as the first-best scan did.
  return found
    .sort((a, b) => b.score - a.score)
    .map(({ event, datesAgree, shared }) => ({ event, datesAgree, shared }));
}

/** The recorded event the facts likeliest describe (the first of `matchEvents`), or null. */
export function matchEvent(facts: EventFacts, lexicon: RecordLexicon): EventMatch | null {
  return matchEvents(facts, lexicon)[0] ?? null;
}

/** Whether two places are compatible: the same, or one within the other. */
export function placesAgree(a: string, b: string, lexicon: RecordLexicon): boolean {
  return a === b || (lexicon.within.get(a) ?? []).includes(b) || (lexicon.within.get(b) ?? []).includes(a);
}
