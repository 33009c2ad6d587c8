import { z } from "zod";
import { MAX_FRAGMENT_WORDS, schemaRules } from "./schemaRules.js";
import { Id } from "./Id.js";

export { MAX_FRAGMENT_WORDS };

/** Counts the words of a fragment as a reader would (runs of non-space characters). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/u).length;
}

/** A pointer from a fact to the source that states it. */
export const Citation = z.strictObject({
  /** The cited source's id. */
  source: Id.describe("The cited source's id."),
  /** Paragraph number in the source (1-based, counting non-empty lines of its text), where known. */
  paragraph: z
    .int()
    .positive()
    .optional()
    .describe("1-based paragraph (non-empty line) of the source text, where known."),
  /** A verbatim span of at most 12 words that pins the cited words; it becomes a URL text fragment. */
  fragment: z
    .string()
    .min(1)
    .refine((s) => countWords(s) <= MAX_FRAGMENT_WORDS, {
      message: schemaRules.fragment.en,
    })
    .optional()
    .describe(`Verbatim words from the source, at most ${MAX_FRAGMENT_WORDS}.`),
  /** What exactly this source supports, where the record has several parts (e.g. "start date"). */
  note: z
    .string()
    .min(1)
    .optional()
    .describe("What this citation supports, where that is narrower than the whole record."),
});
export type Citation = z.infer<typeof Citation>;

/** Citations of a fact; the validator requires at least one wherever Parley states a fact. */
export const Citations = z.array(Citation).default([]);
export type Citations = z.infer<typeof Citations>;
