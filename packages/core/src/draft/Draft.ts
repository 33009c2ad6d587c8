import { z } from "zod";
import { Disagreement } from "../schema/Disagreement.js";
import { Document } from "../schema/Document.js";
import { EdtfDate } from "../schema/EdtfDate.js";
import { Event } from "../schema/Event.js";
import { Id, LanguageTag } from "../schema/Id.js";
import { Person } from "../schema/Person.js";
import { Source } from "../schema/Source.js";
import { Statement } from "../schema/Statement.js";

/**
 * The draft a news article yields: its analysed text, the spans recognised in it, the events it reports
 * (matched against the record, with conflicts) and drafts of new records. A contract other tools rely on
 * (`parley apply`, the /curate/ page); its JSON Schema is published beside the dataset's.
 */

/** What a recognised span names. */
export const MentionKind = z.enum(["person", "post", "organization", "place", "topic", "date"]);
export type MentionKind = z.infer<typeof MentionKind>;

/** A span of the analysed text that names a record (or a date, or a person the record does not know). */
export const Mention = z.strictObject({
  /** What the span names. */
  kind: MentionKind,
  /** The record it names, or null for a name the record does not know (and for dates). */
  id: Id.nullable(),
  /** Exactly `text.slice(start, end)` of the draft's text. */
  text: z.string().min(1),
  /** Start offset in UTF-16 code units. */
  start: z.int().nonnegative(),
  /** End offset (exclusive) in UTF-16 code units. */
  end: z.int().nonnegative(),
  /**
   * For a post: who holds it on the event's date, the person named beside the title or, for a title
   * without a name, its holder through the record's dated terms.
   */
  holder: Id.optional(),
  /** For a date: its value in EDTF at the precision the text gives. */
  date: EdtfDate.optional(),
  /** For a date: true when its year was not written and was taken from the publication date. */
  inferredYear: z.boolean().optional(),
  /** How the span was resolved, where that is worth saying ("title without a name: holder on 2025-09-28"). */
  note: z.string().min(1).optional(),
});
export type Mention = z.infer<typeof Mention>;

/** A value as it appears in a conflict: a date, an id, a number, a list of ids, or nothing. */
export const ConflictValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type ConflictValue = z.infer<typeof ConflictValue>;

/** A field where the article and the matched record say different things. */
export const Conflict = z.strictObject({
  /** The field's path in the Event record, e.g. `date`, `place`, `status`. */
  path: z.string().min(1),
  /** What the record holds. */
  record: ConflictValue,
  /** What the article says. */
  article: ConflictValue,
  /** The article's verbatim words for its version (at most 12 words). */
  fragment: z.string().min(1),
  /** The drafted disagreement that keeps both versions. */
  disagreement: Id.optional(),
});
export type Conflict = z.infer<typeof Conflict>;

/** How an event figures in the article. */
export const DraftEventRole = z.enum(["main", "reported", "background"]);
export type DraftEventRole = z.infer<typeof DraftEventRole>;

/** One event the article reports, drafted as an Event record and matched against the record. */
export const DraftEvent = z.strictObject({
  /** The recorded event this one is, or null when it is new. */
  match: Id.nullable(),
  /** The main event, another one the article reports, or a background reference to an earlier one. */
  role: DraftEventRole,
  /** The drafted Event, citing the draft's source. */
  record: Event,
  /** Fields where the article agrees with the matched record. */
  agrees: z.array(z.string().min(1)).default([]),
  /** Fields where the article and the matched record differ. */
  conflicts: z.array(Conflict).default([]),
});
export type DraftEvent = z.infer<typeof DraftEvent>;

/** Everything drafted from one article. */
export const Draft = z.strictObject({
  /** The analysed plain text; every offset and paragraph number refers to it. */
  text: z.string(),
  /** Language of the text (en, vi or ru), given or detected. */
  language: LanguageTag,
  /** The drafted Source for the article. */
  source: Source,
  /** Recognised spans, in text order. */
  mentions: z.array(Mention).default([]),
  /** Events the article reports, the main event first. */
  events: z.array(DraftEvent).default([]),
  /** New people the article names (the record does not know them), with the title it gives. */
  people: z.array(Person).default([]),
  /** Documents the article reports. */
  documents: z.array(Document).default([]),
  /** Positions expressed, paraphrased; the article's words appear only as citation fragments. */
  statements: z.array(Statement).default([]),
  /** One per conflict: both versions kept, ranked normal until a curator ranks them. */
  disagreements: z.array(Disagreement).default([]),
  /** One-line remarks on the analysis (text cut short, no article found, language unsupported). */
  notes: z.array(z.string().min(1)).default([]),
});
export type Draft = z.infer<typeof Draft>;
