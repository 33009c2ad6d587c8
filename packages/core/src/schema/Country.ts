import { z } from "zod";
import { Citation } from "./Citation.js";
import { CountryId } from "./Id.js";
import { NativeName, OtherName } from "./Name.js";
import { TranslatedText, translationsOf } from "./Translations.js";

/** A country, identified by its ISO 3166-1 alpha-2 code. */
export const Country = z.strictObject({
  /** ISO 3166-1 alpha-2 code in lower case. */
  id: CountryId,
  /** English short name. */
  name: z.string().min(1),
  /** Name in the country's own language, where sourced. */
  nativeName: NativeName.optional(),
  /** Other names and spellings, with sources. */
  otherNames: z.array(OtherName).default([]),
  /** Sources that name the country, where useful. */
  citations: z.array(Citation).default([]),
  /** Its texts in Vietnamese and Russian, in our words. */
  translations: translationsOf({ name: TranslatedText }).optional(),
});
export type Country = z.infer<typeof Country>;
