import { z } from "zod";
import { Citations } from "./Citation.js";
import { EdtfDate } from "./EdtfDate.js";
import { Id } from "./Id.js";
import { Rank } from "./vocabularies.js";

/** One version of a disputed fact, with the sources that give it and its rank. */
export const DisagreementVersion = z.strictObject({
  /** The version as a short statement in our words, e.g. "arrived 15 October 2023". */
  value: z.string().min(1),
  /** The date this version gives, where it is a date. */
  date: EdtfDate.optional(),
  /** Preferred, normal or deprecated (Wikidata ranks). */
  rank: Rank,
  /** Sources that give this version. */
  citations: Citations,
});
export type DisagreementVersion = z.infer<typeof DisagreementVersion>;

/**
 * Where sources disagree about a fact: every version is kept with its citations,
 * one is preferred with the reason. Complementary accounts may leave none preferred.
 */
export const Disagreement = z.strictObject({
  /** Readable slug. */
  id: Id,
  /** Records the disputed fact belongs to. */
  about: z.array(Id).min(1),
  /** Which fact of those records is disputed, e.g. "date", "kind", "name". */
  field: z.string().min(1),
  /** The question the sources answer differently, in our words. */
  question: z.string().min(1),
  /** Contradiction (one version is right) or complementary accounts (both may be). */
  nature: z.enum(["contradiction", "complementary"]),
  /** Every version, with its sources. */
  versions: z.array(DisagreementVersion).min(2, "a disagreement keeps at least two versions"),
  /** Why the preferred version is preferred, or how the accounts fit together. */
  reason: z.string().min(1),
});
export type Disagreement = z.infer<typeof Disagreement>;
