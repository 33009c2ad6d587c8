import { z } from "zod";
import { Citations } from "./Citation.js";
import { EdtfDate } from "./EdtfDate.js";
import { Id } from "./Id.js";
import { EndHow, StartHow } from "./vocabularies.js";

/**
 * A person in a post for a span of time (Popolo `Membership`).
 * A missing `start` or `end` means no source gives it; `firstSeen`/`lastSeen`
 * record the earliest and latest dates a source shows the person in post.
 * A term uses only words its sources use: "acting" (`startHow: "acting"`, `acting: true`) only where a source calls
 * the holder acting, "took charge of the work of" (`startHow: "took-charge"`, `acting: false`) where sources say the
 * holder was put in charge of, presided over or ran the office's work; the data-quality tests check that a cited
 * source's title or fragment uses that word.
 */
export const Membership = z.strictObject({
  /** Readable slug, e.g. `volodin-chairman-of-the-state-duma-2016`. */
  id: Id,
  /** The holder. */
  person: Id,
  /** The office held. */
  post: Id,
  /** When the term began, at the precision sourced. */
  start: EdtfDate.optional(),
  /** How the term began. */
  startHow: StartHow.optional(),
  /** When the term ended, at the precision sourced; absent while no end is recorded. */
  end: EdtfDate.optional(),
  /** How the term ended. */
  endHow: EndHow.optional(),
  /**
   * True for a holder whom a source calls acting (who may serve beside an incapacitated holder); false for one who
   * only took charge of the work, which `startHow: "took-charge"` records.
   */
  acting: z.boolean().default(false),
  /** Earliest date a source shows the person in post, where the start is unknown. */
  firstSeen: EdtfDate.optional(),
  /** Latest date a source shows the person in post, where no end is recorded. */
  lastSeen: EdtfDate.optional(),
  /** A short remark in our own words (e.g. the term or convocation). */
  note: z.string().min(1).optional(),
  /** Sources for the term, its start and its end. */
  citations: Citations,
});
export type Membership = z.infer<typeof Membership>;
