import { z } from "zod";
import { Citation } from "./Citation.js";
import { DatedFact } from "./DatedFact.js";
import { CountryId, Id } from "./Id.js";
import { NativeName, OtherName } from "./Name.js";
import { OrganizationKind } from "./vocabularies.js";
import { WebUrl } from "./WebUrl.js";
import { TranslatedText, translationsOf } from "./Translations.js";

/** An organization (Popolo `Organization`): a legislature, chamber, party, ministry, embassy, bilateral mechanism, publisher… */
export const Organization = z.strictObject({
  /** Readable slug, e.g. `state-duma`. */
  id: Id,
  /** English name. */
  name: z.string().min(1),
  /** Name in its own language, where sourced. */
  nativeName: NativeName.optional(),
  /** Other names, abbreviations and spellings, with sources. */
  otherNames: z.array(OtherName).default([]),
  /** What sort of organization this is. */
  kind: OrganizationKind,
  /** The organization this one is part of (a chamber's legislature). */
  parent: Id.optional(),
  /** Countries it belongs to; two for a bilateral mechanism, none for an international body. */
  countries: z.array(CountryId).default([]),
  /** When it was founded, where sourced. */
  founded: DatedFact.optional(),
  /** One neutral line on what it is. */
  summary: z.string().min(1).optional(),
  /** What tells it apart from an organization with a similar name. */
  disambiguation: z.string().min(1).optional(),
  /** Its own web site, where relevant (publishers). */
  url: WebUrl.optional(),
  /** Sources about the organization. */
  citations: z.array(Citation).default([]),
  /** Its texts in Vietnamese and Russian, in our words. */
  translations: translationsOf({
    name: TranslatedText,
    summary: TranslatedText.optional(),
    disambiguation: TranslatedText.optional(),
  }).optional(),
});
export type Organization = z.infer<typeof Organization>;
