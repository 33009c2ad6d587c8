import { z } from "zod";
import { Citation } from "./Citation.js";
import { CountryId, Id } from "./Id.js";
import { NativeName, OtherName } from "./Name.js";
import { PlaceKind } from "./vocabularies.js";
import { TranslatedText, translationsOf } from "./Translations.js";

/** A city, venue or other location where events happen (Popolo `Area`, narrowed). */
export const Place = z.strictObject({
  /** Readable slug. */
  id: Id,
  /** English name. */
  name: z.string().min(1),
  /** Name in the local language, e.g. "Hà Nội", "Москва". */
  nativeName: NativeName.optional(),
  /** Other names and spellings, with sources. */
  otherNames: z.array(OtherName).default([]),
  /** City, venue, airport… */
  kind: PlaceKind,
  /** Country the place is in. */
  country: CountryId,
  /** A larger place that contains this one (a venue's city). */
  within: Id.optional(),
  /** WGS 84 coordinates, where known. */
  coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  /** Sources that name or locate the place. */
  citations: z.array(Citation).default([]),
  /** Its texts in Vietnamese and Russian, in our words. */
  translations: translationsOf({ name: TranslatedText }).optional(),
});
export type Place = z.infer<typeof Place>;
