import { z } from "zod";
import { Citations } from "./Citation.js";
import { Id } from "./Id.js";
import { TranslatedText, translationsOf } from "./Translations.js";

/** A position someone expressed at an event, paraphrased in our own words. */
export const Statement = z.strictObject({
  /** Readable slug. */
  id: Id,
  /** Who expressed it. */
  speaker: Id,
  /** Where it was expressed. */
  event: Id,
  /** Topics it concerns. */
  topics: z.array(Id).default([]),
  /** The position, paraphrased (never copied from the source). */
  summary: z.string().min(1),
  /** Sources that report it. */
  citations: Citations,
  /** Its texts in Vietnamese and Russian, in our words. */
  translations: translationsOf({ summary: TranslatedText }).optional(),
});
export type Statement = z.infer<typeof Statement>;
