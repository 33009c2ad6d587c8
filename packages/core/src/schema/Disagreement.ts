import { z } from "zod";
import { schemaRules } from "./schemaRules.js";
import { Citations } from "./Citation.js";
import { EdtfDate } from "./EdtfDate.js";
import { Id } from "./Id.js";
import { Rank } from "./vocabularies.js";
import { TranslatedText, translationsOf } from "./Translations.js";

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

/** The field a disagreement disputes: a record, and the path of the field inside it. */
export const DisagreementTarget = z.strictObject({
  /** The record the disputed fact belongs to. */
  record: Id,
  /**
   * The field of that record, as dotted field names with no array indexes (`date`, `kind`, `place`, `birth`,
   * `participants.posts`, `otherNames`); the validator checks that the record's kind has it.
   */
  path: z.string().regex(/^[A-Za-z]+(?:\.[A-Za-z]+)*$/, schemaRules.fieldPath.en),
});
export type DisagreementTarget = z.infer<typeof DisagreementTarget>;

/**
 * Where sources disagree about a fact: every version is kept with its citations,
 * one is preferred with the reason. Complementary accounts may leave none preferred.
 */
export const Disagreement = z.strictObject({
  /** Readable slug. */
  id: Id,
  /** The fields the disagreement disputes, each a record and a path inside it. */
  targets: z.array(DisagreementTarget).min(1, "a disagreement points at the field it disputes"),
  /** The question the sources answer differently, in our words. */
  question: z.string().min(1),
  /** Contradiction (one version is right) or complementary accounts (both may be). */
  nature: z.enum(["contradiction", "complementary"]),
  /** Every version, with its sources. */
  versions: z.array(DisagreementVersion).min(2, "a disagreement keeps at least two versions"),
  /** Why the preferred version is preferred, or how the accounts fit together. */
  reason: z.string().min(1),
  /** Its texts in Vietnamese and Russian, in our words. */
  translations: translationsOf({
    question: TranslatedText,
    reason: TranslatedText,
    versions: z.array(z.strictObject({ value: TranslatedText })),
  }).optional(),
});
export type Disagreement = z.infer<typeof Disagreement>;
