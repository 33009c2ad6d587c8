import { z } from "zod";
import { EdtfDate } from "./EdtfDate.js";
import { Id, LanguageTag } from "./Id.js";
import { WebUrl } from "./WebUrl.js";

/** Source quality: `weak` marks a source that should not carry a fact alone (absent means reliable). */
export const SourceQuality = z
  .enum(["weak"])
  .describe("weak: a scraped copy, an unattributed mirror or an unidentified publisher; absent means reliable.");
export type SourceQuality = z.infer<typeof SourceQuality>;

/** A published page or document that Parley cites. Unknown parts are `null`, never guessed. */
export const Source = z.strictObject({
  /** Readable slug, e.g. `hanoitimes-2023-10-16-party-chief-russia`. */
  id: Id,
  /** Title as published (or a description in brackets where it has none). */
  title: z.string().min(1),
  /** The publishing organization's id, or null when unknown. */
  publisher: Id.nullable(),
  /** The page's URL, or null when unknown. */
  url: WebUrl.nullable(),
  /** Publication date at its precision (`../2025-09-28` for "on or before"), or null when unknown. */
  published: EdtfDate.nullable(),
  /** Language of the text. */
  language: LanguageTag,
  /** Whether Parley holds the source's text, so that fragments can be checked. */
  textAvailable: z.boolean(),
  /** The file name of the held text (in the folder of source texts). */
  textFile: z.string().min(1).optional(),
  /** The wire service or original this page republishes, where known. */
  republishes: Id.optional(),
  /**
   * How far the source can be trusted, where it is in doubt: `weak` for a scraped copy, an unattributed mirror
   * or an unidentified publisher. Absent means an ordinary, identified publication.
   */
  quality: SourceQuality.optional(),
  /** A short remark on the source (reliability, machine translation, which stored copy). */
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof Source>;
