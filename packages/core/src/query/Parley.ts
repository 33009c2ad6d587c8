import type { Language } from "../labels/Language.js";
import type { CitedPart } from "../model/CitedPart.js";
import type { DateBounds } from "../dates/dateBounds.js";
import type { Certainty } from "../dates/termSpan.js";
import type { DeepReadonly } from "../deepFreeze.js";
import type { Citation } from "../schema/Citation.js";
import type { Country } from "../schema/Country.js";
import type { AnyRecord, Dataset, RecordKind, RecordOf } from "../schema/Dataset.js";
import type { Disagreement } from "../schema/Disagreement.js";
import type { Document } from "../schema/Document.js";
import type { Event } from "../schema/Event.js";
import type { Membership } from "../schema/Membership.js";
import type { Organization } from "../schema/Organization.js";
import type { Person } from "../schema/Person.js";
import type { Place } from "../schema/Place.js";
import type { Post } from "../schema/Post.js";
import type { Source } from "../schema/Source.js";
import type { Statement } from "../schema/Statement.js";
import type { Topic } from "../schema/Topic.js";
import type { EventKind, EventStatus, ParticipantRole } from "../schema/vocabularies.js";

/** A record as queries hand it out: frozen, so callers cannot change the shared data through it. */
export type Frozen<T> = DeepReadonly<T>;

/** Why a lookup found nothing. */
export interface NotFound {
  code: "not-found" | "wrong-kind";
  /** The id asked for. */
  id: string;
  /** The kind asked for (or `any`). */
  kind: RecordKind | "any";
  /** One line, e.g. `no person with id "x"` or `"hanoi" is a place, not a person`. */
  message: string;
}

/** The result of a lookup by id: the record, or a clear "not found". */
export type Lookup<T> = { ok: true; value: Frozen<T> } | { ok: false; error: NotFound };

/** Any record together with its kind. */
export interface KindedRecord<K extends RecordKind = RecordKind> {
  kind: K;
  record: Frozen<RecordOf<K>>;
}

/**
 * Filters for `timeline` and `eventsOf`; every given filter must match (lists match any of their items,
 * an empty list is no filter). A `from` or `to` that is not a date matches nothing (it never throws).
 */
export interface TimelineFilters {
  /** Earliest day (EDTF or `YYYY[-MM[-DD]]`): events that may end on or after it. */
  from?: string;
  /** Latest day: events that may start on or before it. */
  to?: string;
  countries?: readonly string[];
  kinds?: readonly EventKind[];
  statuses?: readonly EventStatus[];
  /** People taking part. */
  people?: readonly string[];
  /** Organizations involved (or the series a session belongs to). */
  organizations?: readonly string[];
  /** Topics, including narrower topics of those given. */
  topics?: readonly string[];
  /** Places, including venues within those given. */
  places?: readonly string[];
  /** Only events with no parent (visits rather than their meetings). */
  topLevelOnly?: boolean;
}

/** A post a participant held at an event, resolved, with whether their terms show them in it that day. */
export interface PostHeldView {
  post: Frozen<Post>;
  /** Whether their terms show them in the post on the date (`ambiguous` for a coarse date across a change). */
  heldOnDate: Certainty | null;
}

/** A participant of an event, resolved. */
export interface ParticipantView {
  person: Frozen<Person>;
  role: ParticipantRole;
  /** The posts they held on the event's date, as the data states them; empty when none is recorded. */
  posts: readonly PostHeldView[];
  /** Their capacity in the source's words, where no post is recorded. */
  capacity: string | null;
  citations: readonly Frozen<Citation>[];
}

/** One holder in an answer about who held a post. */
export interface HolderView {
  person: Frozen<Person>;
  post: Frozen<Post>;
  membership: Frozen<Membership>;
  /** `certain` when the term covers the whole date; `ambiguous` when the date is too coarse to say. */
  certainty: Exclude<Certainty, "impossible">;
}

/** Who held a post, or which posts a person held, on a date; `ambiguous` when the date straddles a change. */
export interface OfficeAnswer {
  /** The date asked about. */
  date: string;
  holders: readonly HolderView[];
  /** True when more than one answer is possible (a coarse date across a change, or a handover day). */
  ambiguous: boolean;
}

/** A person met, with how often and where: one edge of the network. */
export interface Counterpart {
  person: Frozen<Person>;
  /** Number of events both took part in. */
  count: number;
  events: readonly Frozen<Event>[];
}

/** The who-met-whom network over a period. */
export interface Network {
  nodes: readonly { person: Frozen<Person>; degree: number; events: number }[];
  edges: readonly { source: string; target: string; count: number; events: readonly string[] }[];
}

/** How often a topic comes up in one year. */
export interface TopicYear {
  topic: string;
  year: number;
  count: number;
}

/** Counts, date range and sources by publisher. */
export interface Stats {
  counts: Readonly<Record<RecordKind, number>>;
  dateRange: { earliest: string | null; latest: string | null };
  sourcesByPublisher: readonly { publisher: Frozen<Organization> | null; count: number }[];
}

/** A citation with its source resolved and where in the record it sits. */
export interface CitationView {
  citation: Frozen<Citation>;
  source: Frozen<Source>;
  /** What the citation backs, in English ("event", "participation of vyacheslav-volodin", "version …"). */
  what: string;
  /** What the citation backs, for `citedPartIn` to say in any language. */
  part: CitedPart;
  /** Path inside the record. */
  path: readonly (string | number)[];
  /** The source URL with a text fragment for the cited words, or the plain URL, or null. */
  url: string | null;
}

/** A record that cites a source. */
export interface CitingRecord {
  kind: RecordKind;
  id: string;
  label: string;
}

/** Queries over one dataset, built once (`createParley`); every result is frozen. */
export interface Parley {
  /** The dataset, frozen. */
  readonly dataset: Frozen<Dataset>;
  /** The dataset's version (read without freezing the whole dataset). */
  readonly version: string;
  /** Any record by id, with its kind. */
  get(id: string): { ok: true; value: KindedRecord } | { ok: false; error: NotFound };
  /** The kind of the record with this id, or null. */
  kindOf(id: string): RecordKind | null;
  /**
   * A short human label for any id (a person's name, an event's title…), in a language when given (English where no
   * translation exists); the id itself when unknown.
   */
  labelOf(id: string, language?: Language): string;
  getEvent(id: string): Lookup<Event>;
  getPerson(id: string): Lookup<Person>;
  getOrganization(id: string): Lookup<Organization>;
  getPost(id: string): Lookup<Post>;
  getMembership(id: string): Lookup<Membership>;
  getDocument(id: string): Lookup<Document>;
  getStatement(id: string): Lookup<Statement>;
  getTopic(id: string): Lookup<Topic>;
  getPlace(id: string): Lookup<Place>;
  getCountry(id: string): Lookup<Country>;
  getSource(id: string): Lookup<Source>;
  getDisagreement(id: string): Lookup<Disagreement>;
  /** The sortable bounds of a record's date (event date, membership start…), precomputed. */
  boundsOf(id: string): DateBounds | null;
  /** The id of the live record an id stands for, following redirects from old ids; null when none does. */
  resolveId(id: string): string | null;
  /**
   * Events a person took part in, or an organization was involved in (incl. sessions of a mechanism), in date order;
   * also the events on a topic (incl. narrower ones), at a place (incl. venues within it) or involving a country.
   */
  eventsOf(id: string, filters?: TimelineFilters): readonly Frozen<Event>[];
  /** An event's participants with the post each held that day. */
  participantsOf(eventId: string): readonly ParticipantView[];
  /** An event's child events, in date order. */
  childrenOf(eventId: string): readonly Frozen<Event>[];
  /** An event's parent, or null. */
  parentOf(eventId: string): Frozen<Event> | null;
  /**
   * Documents signed or adopted at an event, about a topic (that topic itself, not narrower ones), or with an
   * organization, country or person among their parties or signatories; by date except at an event.
   */
  documentsOf(id: string): readonly Frozen<Document>[];
  /** Statements made at an event, by a person, or about a topic (that topic itself, not narrower ones). */
  statementsOf(id: string): readonly Frozen<Statement>[];
  /** A topic's narrower topics (direct only), by name. */
  narrowerOf(topicId: string): readonly Frozen<Topic>[];
  /** The places directly within a place, by name. */
  placesWithin(placeId: string): readonly Frozen<Place>[];
  /** The organizations directly part of an organization (a legislature's chambers), by name. */
  partsOf(organizationId: string): readonly Frozen<Organization>[];
  /** The offices of an organization, by name. */
  postsOf(organizationId: string): readonly Frozen<Post>[];
  /** The sources an organization published, by publication date. */
  sourcesPublishedBy(organizationId: string): readonly Frozen<Source>[];
  /** The sources that republish a source or the reporting of an organization (a wire service's reprints), by publication date. */
  republicationsOf(id: string): readonly Frozen<Source>[];
  /**
   * Who held a post on a date (precision-aware): every holder whose term may cover the date, acting holders included.
   * Ambiguous when any holder is, or when a single-holder post has more than one (a handover day);
   * several holders of a post with many seats are not ambiguous.
   */
  holderOf(postId: string, date: string): OfficeAnswer;
  /** Which posts a person held on a date (precision-aware); ambiguous when the date is too coarse to say for any of them. */
  officeOn(personId: string, date: string): OfficeAnswer;
  /** A person's terms of office, in date order. */
  membershipsOf(personId: string): readonly Frozen<Membership>[];
  /** A post's terms of office (its holders over time), in date order. */
  holdersOf(postId: string): readonly Frozen<Membership>[];
  /** Events matching the filters, sorted by date (earliest possible day, then latest). */
  timeline(filters?: TimelineFilters): readonly Frozen<Event>[];
  /** Who a person met, how often, at which events; most frequent first. */
  counterpartsOf(personId: string): readonly Counterpart[];
  /** The who-met-whom network (people who took part in the same event), optionally over a period. */
  network(filters?: Pick<TimelineFilters, "from" | "to">): Network;
  /** How often each topic comes up per year (events and statements). */
  topicsOverTime(): readonly TopicYear[];
  /** Counts, date range and sources by publisher. */
  stats(): Stats;
  /** Every citation in a record, resolved. */
  citationsOf(id: string): readonly CitationView[];
  /** Disagreements about a record: those with a target in it. */
  disagreementsAbout(id: string): readonly Frozen<Disagreement>[];
  /**
   * Disagreements about one field of a record: those with a target at `path` or inside it (`participants` also gives
   * `participants.posts`).
   */
  disagreementsAboutField(id: string, path: string): readonly Frozen<Disagreement>[];
  /** Records that cite a source. */
  recordsCiting(sourceId: string): readonly CitingRecord[];
}

export type { AnyRecord };
