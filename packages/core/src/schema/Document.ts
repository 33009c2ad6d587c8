import { z } from "zod";
import { Citations } from "./Citation.js";
import { EdtfDate } from "./EdtfDate.js";
import { Id } from "./Id.js";
import { DocumentKind } from "./vocabularies.js";
import { TranslatedText, translationsOf } from "./Translations.js";

/** A treaty, agreement, joint statement, minutes or memorandum. */
export const Document = z.strictObject({
  /** Readable slug. */
  id: Id,
  /** Title in English, as sources give it or in our words where they do not name it. */
  title: z.string().min(1),
  /** Kind of document. */
  kind: DocumentKind,
  /** Parties to it: organization or country ids. */
  parties: z.array(Id).default([]),
  /** People who signed or adopted it. */
  signatories: z.array(Id).default([]),
  /** When it was signed or adopted, at the precision sourced. */
  date: EdtfDate.optional(),
  /** The event where it was signed or adopted. */
  event: Id.optional(),
  /** What it is about, in our own words. */
  summary: z.string().min(1).optional(),
  /** Topics it covers. */
  topics: z.array(Id).default([]),
  /** Sources that report it. */
  citations: Citations,
  /** Its texts in Vietnamese and Russian, in our words. */
  translations: translationsOf({ title: TranslatedText, summary: TranslatedText.optional() }).optional(),
});
export type Document = z.infer<typeof Document>;
