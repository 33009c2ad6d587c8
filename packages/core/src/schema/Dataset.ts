import { z } from "zod";
import { schemaRules } from "./schemaRules.js";
import { Country } from "./Country.js";
import { Disagreement } from "./Disagreement.js";
import { Document } from "./Document.js";
import { Event } from "./Event.js";
import { Membership } from "./Membership.js";
import { Organization } from "./Organization.js";
import { Person } from "./Person.js";
import { Place } from "./Place.js";
import { Post } from "./Post.js";
import { Redirect } from "./Redirect.js";
import { Source } from "./Source.js";
import { Statement } from "./Statement.js";
import { Topic } from "./Topic.js";
import { translationLanguages } from "./Translations.js";

/** The whole dataset: one array per kind, a version and how to cite it. */
export const Dataset = z.strictObject({
  /** Semantic version of the data release. */
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, schemaRules.version.en),
  /** How to cite this release. */
  citation: z.string().min(1),
  /** Licence of the data. */
  license: z.string().min(1),
  /** The languages its record texts are translated into; the validator lists every record that lacks one of them. */
  translatedInto: z.array(z.enum(translationLanguages)).optional(),
  people: z.array(Person),
  organizations: z.array(Organization),
  posts: z.array(Post),
  memberships: z.array(Membership),
  events: z.array(Event),
  documents: z.array(Document),
  statements: z.array(Statement),
  topics: z.array(Topic),
  places: z.array(Place),
  countries: z.array(Country),
  sources: z.array(Source),
  disagreements: z.array(Disagreement),
  /** Old ids kept as pointers to the records that replaced them, so links to them keep working. */
  redirects: z.array(Redirect).default([]),
});
export type Dataset = z.infer<typeof Dataset>;
/** The dataset as written in files, before defaults are filled in. */
export type DatasetInput = z.input<typeof Dataset>;

/** The names of the dataset's arrays of records with ids, in display order (redirects, which have none, are apart). */
export const recordKinds = [
  "events",
  "people",
  "organizations",
  "posts",
  "memberships",
  "documents",
  "statements",
  "topics",
  "places",
  "countries",
  "sources",
  "disagreements",
] as const;
/** One of the dataset's record arrays. */
export type RecordKind = (typeof recordKinds)[number];

/**
 * The model's own word for one record of each kind ("person" for `people`, "post" for `posts`), as field names and
 * the terminal's kind arguments spell it; for words shown to readers use `recordKindLabels`.
 */
export const recordKindNoun: Readonly<Record<RecordKind, string>> = Object.freeze({
  events: "event",
  people: "person",
  organizations: "organization",
  posts: "post",
  memberships: "membership",
  documents: "document",
  statements: "statement",
  topics: "topic",
  places: "place",
  countries: "country",
  sources: "source",
  disagreements: "disagreement",
});
/** A record of the given kind. */
export type RecordOf<K extends RecordKind> = Dataset[K][number];
/** Any record in the dataset. */
export type AnyRecord = RecordOf<RecordKind>;
