import { z } from "zod";
import { Citation } from "./Citation.js";
import { LanguageTag } from "./Id.js";

/** A name as written in one language or script, with the sources that write it so. */
export const NativeName = z.strictObject({
  /** The name as written (Vietnamese with diacritics, Russian in Cyrillic…). */
  name: z.string().min(1),
  /** Language of the name. */
  lang: LanguageTag,
  /** Sources that give this form. */
  citations: z.array(Citation).default([]),
});
export type NativeName = z.infer<typeof NativeName>;

/** How an alternative name relates to the preferred one. */
export const OtherNameKind = z.enum(["spelling", "full", "short", "translation", "misspelling", "former"]);
export type OtherNameKind = z.infer<typeof OtherNameKind>;

/** Another name or spelling that sources use (Popolo `other_names`), each with the sources that use it. */
export const OtherName = z.strictObject({
  /** The name as the source writes it. */
  name: z.string().min(1),
  /** Language (and script, e.g. `ru-Latn`) of the name. */
  lang: LanguageTag,
  /** How this name relates to the preferred one. */
  kind: OtherNameKind.default("spelling"),
  /** A short remark, e.g. "used only in one caption". */
  note: z.string().min(1).optional(),
  /** Sources that use this name. */
  citations: z.array(Citation).default([]),
});
export type OtherName = z.infer<typeof OtherName>;
