import { z } from "zod";
import { Citations } from "./Citation.js";
import { EdtfDate } from "./EdtfDate.js";
import { CountryId, Id } from "./Id.js";
import { EventKind, EventStatus, OrganizationRole, ParticipantRole } from "./vocabularies.js";
import { TranslatedText, translationsOf } from "./Translations.js";

/** A person taking part in an event, in a role, holding the posts the sources give them on that day. */
export const Participation = z.strictObject({
  /** The person. */
  person: Id,
  /** The part they played. */
  role: ParticipantRole,
  /**
   * The posts they held on the event's date and in which the sources show them there, each recorded as a Post;
   * several where they held several at once (Tô Lâm as General Secretary and President in 2024).
   */
  posts: z.array(Id).default([]),
  /** Their capacity in the source's words, where no Post record fits ("NA deputy"). */
  capacity: z.string().min(1).optional(),
  /** Sources that place them at the event. */
  citations: Citations,
});
export type Participation = z.infer<typeof Participation>;

/** An organization involved in an event. */
export const OrganizationInvolvement = z.strictObject({
  /** The organization. */
  organization: Id,
  /** The part it played. */
  role: OrganizationRole,
});
export type OrganizationInvolvement = z.infer<typeof OrganizationInvolvement>;

/** A date an event was planned for before it was postponed or moved. */
export const EarlierPlan = z.strictObject({
  /** The date it was planned for. */
  date: EdtfDate,
  /** What became of that plan. */
  outcome: z.enum(["postponed", "cancelled", "moved"]),
  /** Why, in our words, where a source says. */
  reason: z.string().min(1).optional(),
  /** Sources for the plan and what became of it. */
  citations: Citations,
});
export type EarlierPlan = z.infer<typeof EarlierPlan>;

/** Something that happened (or was announced): a visit, talks, a session, a signing… (Popolo `Event`). */
export const Event = z.strictObject({
  /** Readable slug, e.g. `2023-10-volodin-official-visit-to-vietnam`. */
  id: Id,
  /** A short English title in our own words. */
  title: z.string().min(1),
  /** Kind from the controlled list. */
  kind: EventKind,
  /** When, in EDTF at the precision sourced (a span for multi-day events). */
  date: EdtfDate,
  /** Announced, took place, postponed or cancelled. */
  status: EventStatus,
  /** Earlier planned dates, kept when an event was postponed or moved. */
  earlierPlans: z.array(EarlierPlan).default([]),
  /** The event this one is part of (a visit contains its talks and sessions). */
  parent: Id.optional(),
  /** The standing mechanism this is a session of (for committee sessions). */
  series: Id.optional(),
  /** The session's number within its series (1 for the first meeting). */
  sequence: z.int().positive().optional(),
  /** Where it happened; null when no source names the place (remote kinds such as phone calls have none). */
  place: Id.nullable().optional(),
  /** Countries involved. */
  countries: z.array(CountryId).min(1),
  /** People who took part, each with role and the posts held that day. */
  participants: z.array(Participation).default([]),
  /** Organizations involved. */
  organizations: z.array(OrganizationInvolvement).default([]),
  /** Topics discussed, from the controlled vocabulary. */
  topics: z.array(Id).default([]),
  /** A short summary in our own words. */
  summary: z.string().min(1),
  /** Sources that report the event. */
  citations: Citations,
  /** Its texts in Vietnamese and Russian, in our words. */
  translations: translationsOf({ title: TranslatedText, summary: TranslatedText }).optional(),
});
export type Event = z.infer<typeof Event>;
