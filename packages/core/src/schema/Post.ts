import { z } from "zod";
import { Citation } from "./Citation.js";
import { CountryId, Id } from "./Id.js";
import { TranslatedText, translationsOf } from "./Translations.js";

/** An office that exists whoever holds it (Popolo `Post`), e.g. "Chairman of the State Duma". */
export const Post = z.strictObject({
  /** Readable slug, e.g. `chairman-of-the-state-duma`. */
  id: Id,
  /** English label. */
  label: z.string().min(1),
  /** Other labels the sources use ("Speaker of the State Duma", "NA Chairwoman"). */
  otherLabels: z.array(z.string().min(1)).default([]),
  /** The organization the office belongs to. */
  organization: Id,
  /** The country the office serves, where one. */
  country: CountryId.optional(),
  /** True when only one person holds the office at a time (memberships must not overlap). */
  singleHolder: z.boolean().default(true),
  /** Sources about the office itself. */
  citations: z.array(Citation).default([]),
  /** Its texts in Vietnamese and Russian, in our words. */
  translations: translationsOf({ label: TranslatedText }).optional(),
});
export type Post = z.infer<typeof Post>;
