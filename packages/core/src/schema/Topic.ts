import { z } from "zod";
import { Id } from "./Id.js";
import { TranslatedText, translationsOf } from "./Translations.js";

/** A term in the controlled topic vocabulary, e.g. energy › oil and gas. */
export const Topic = z.strictObject({
  /** Readable slug, e.g. `oil-and-gas`. */
  id: Id,
  /** English label. */
  label: z.string().min(1),
  /** The broader topic, if any. */
  parent: Id.optional(),
  /** Other words for it that sources use ("petroleum", "ICT"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** What the topic covers. */
  description: z.string().min(1).optional(),
  /** Its texts in Vietnamese and Russian, in our words. */
  translations: translationsOf({ label: TranslatedText, description: TranslatedText.optional() }).optional(),
});
export type Topic = z.infer<typeof Topic>;
