import { z } from "zod";
import { Citation } from "./Citation.js";
import { DatedFact } from "./DatedFact.js";
import { CountryId, Id } from "./Id.js";
import { NativeName, OtherName } from "./Name.js";
import { TranslatedText, translationsOf } from "./Translations.js";

/** A person (Popolo `Person`): names in every script the sources use, nationality, birth where sourced. */
export const Person = z.strictObject({
  /** Readable slug, e.g. `vyacheslav-volodin`. */
  id: Id,
  /** Name as English-language sources write it, e.g. "Vyacheslav Volodin", "Vuong Dinh Hue". */
  name: z.string().min(1),
  /** Name in native script: Vietnamese with diacritics, Russian in Cyrillic. */
  nativeName: NativeName.optional(),
  /** Every other spelling the sources use, each with its sources. */
  otherNames: z.array(OtherName).default([]),
  /** Countries of nationality. */
  nationality: z.array(CountryId).min(1),
  /** Birth date (and place), where sourced. */
  birth: DatedFact.optional(),
  /** Death date (and place), where sourced. */
  death: DatedFact.optional(),
  /** One neutral line on who this is. */
  summary: z.string().min(1).optional(),
  /** What tells this person apart from someone with a similar name. */
  disambiguation: z.string().min(1).optional(),
  /** Sources about the person as a whole. */
  citations: z.array(Citation).default([]),
  /** Its texts in Vietnamese and Russian, in our words. */
  translations: translationsOf({
    summary: TranslatedText.optional(),
    disambiguation: TranslatedText.optional(),
  }).optional(),
});
export type Person = z.infer<typeof Person>;
