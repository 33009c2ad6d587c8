import { dateBounds } from "./dateBounds.js";

/** The smallest and largest day strings, standing for an open past and an open future. */
export const BEFORE_ALL = "0000-01-01";
export const AFTER_ALL = "9999-12-31";

/** The parts of a term of office that bear on when it was held. */
export interface TermDates {
  start?: string | undefined;
  end?: string | undefined;
  firstSeen?: string | undefined;
  lastSeen?: string | undefined;
}

/**
 * When a term of office was certainly and possibly held, as day strings.
 * A missing end counts as continuing; a missing start leaves the past open,
 * with certainty only from the first date a source shows the holder in post.
 */
export interface TermSpan {
  /** Earliest day the term may have begun. */
  possibleFrom: string;
  /** First day the holder was certainly in post (`AFTER_ALL` when never certain). */
  certainFrom: string;
  /** Last day the holder was certainly in post. */
  certainUntil: string;
  /** Latest day the term may have lasted to. */
  possibleUntil: string;
  /** First day a source documents (start, else first seen), or null. */
  documentedFrom: string | null;
}

/** Reads a term's dates into certain and possible spans of days. */
export function termSpan(term: TermDates): TermSpan {
  const start = term.start ? dateBounds(term.start) : null;
  const end = term.end ? dateBounds(term.end) : null;
  const firstSeen = term.firstSeen ? dateBounds(term.firstSeen) : null;
  return {
    possibleFrom: start?.earliest ?? BEFORE_ALL,
    certainFrom: start?.latest ?? start?.earliest ?? firstSeen?.latest ?? firstSeen?.earliest ?? AFTER_ALL,
    certainUntil: end ? (end.earliest ?? BEFORE_ALL) : AFTER_ALL,
    possibleUntil: end ? (end.latest ?? AFTER_ALL) : AFTER_ALL,
    documentedFrom: start?.earliest ?? firstSeen?.earliest ?? null,
  };
}

/** Whether something was so on a date: certainly, possibly (the date is too coarse to say), or not. */
export type Certainty = "certain" | "ambiguous" | "impossible";

/**
 * Whether a term covers every day of a date's span (`earliest`..`latest`):
 * certain, ambiguous (a coarse date straddles a change), or impossible.
 */
export function termCovers(span: TermSpan, earliest: string, latest: string): Certainty {
  if (span.possibleUntil < earliest || span.possibleFrom > latest) return "impossible";
  if (span.certainFrom <= earliest && latest <= span.certainUntil) return "certain";
  return "ambiguous";
}
