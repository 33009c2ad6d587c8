import { dateBounds, type DateBounds } from "../dates/dateBounds.js";
import { runSteps, STEP_SIZE, type Steps } from "../steps/runSteps.js";
import { compareDateKeys } from "./eventsInDateOrder.js";
import { AFTER_ALL, BEFORE_ALL, termSpan, type TermSpan } from "../dates/termSpan.js";
import { citationListsOf } from "../model/walkRecord.js";
import { recordKinds, type AnyRecord, type Dataset, type RecordKind } from "../schema/Dataset.js";
import type { Disagreement } from "../schema/Disagreement.js";
import type { Document } from "../schema/Document.js";
import type { Event } from "../schema/Event.js";
import type { Membership } from "../schema/Membership.js";
import type { Statement } from "../schema/Statement.js";

/** Positions into `ParleyIndex.events`, ascending, so every list is already in date order. */
export type Positions = readonly number[];

/** The lookup tables `createParley` builds once and every query reads. */
export interface ParleyIndex {
  /** Every record by id, with its kind. */
  byId: ReadonlyMap<string, { kind: RecordKind; record: AnyRecord }>;
  /** Events in date order: earliest possible day, then latest, then id. */
  events: readonly Event[];
  /** Position of each event in `events`. */
  eventPosition: ReadonlyMap<string, number>;
  /** Earliest possible day of each event by position (`BEFORE_ALL` when open). */
  earliest: readonly string[];
  /** Latest possible day of each event by position (`AFTER_ALL` when open). */
  latest: readonly string[];
  /** Whether each event's date could be read, by position. */
  dated: readonly boolean[];
  /** Precomputed date bounds of every record that has a date. */
  bounds: ReadonlyMap<string, DateBounds>;
  eventsByPerson: ReadonlyMap<string, Positions>;
  /** Organizations involved, and the series a session belongs to (built on first use, like the lists below). */
  readonly eventsByOrganization: ReadonlyMap<string, Positions>;
  readonly eventsByTopic: ReadonlyMap<string, Positions>;
  readonly eventsByPlace: ReadonlyMap<string, Positions>;
  readonly eventsByCountry: ReadonlyMap<string, Positions>;
  readonly eventsByKind: ReadonlyMap<string, Positions>;
  readonly eventsByStatus: ReadonlyMap<string, Positions>;
  /** Events without a parent. */
  topLevel: Positions;
  /** Child events by parent id. */
  children: ReadonlyMap<string, Positions>;
  /** Narrower topics by topic id (direct only). */
  narrowerTopics: ReadonlyMap<string, readonly string[]>;
  /** Places within a place (direct only). */
  placesWithin: ReadonlyMap<string, readonly string[]>;
  /** A person's terms in date order. */
  membershipsByPerson: ReadonlyMap<string, readonly Membership[]>;
  /** A post's terms in date order. */
  membershipsByPost: ReadonlyMap<string, readonly Membership[]>;
  /** When each term was certainly and possibly held, by membership id. */
  spans: ReadonlyMap<string, TermSpan>;
  documentsByEvent: ReadonlyMap<string, readonly Document[]>;
  statementsByEvent: ReadonlyMap<string, readonly Statement[]>;
  statementsBySpeaker: ReadonlyMap<string, readonly Statement[]>;
  disagreementsByRecord: ReadonlyMap<string, readonly Disagreement[]>;
  /** Ids of the records that cite each source, in dataset order (built on first use). */
  readonly citingRecords: ReadonlyMap<string, readonly string[]>;
}

function add<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds a position once: events are visited in order, so a repeat can only be the last entry. */
function addPosition(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

/** The date a record is placed at in time, where it has one. */
function dateOf(kind: RecordKind, record: AnyRecord): string | undefined {
  switch (kind) {
    case "events":
      return (record as Event).date;
    case "memberships":
      return (record as Membership).start ?? (record as Membership).firstSeen;
    case "documents":
      return (record as Document).date;
    case "sources":
      return (record as Dataset["sources"][number]).published ?? undefined;
    case "people":
      return (record as Dataset["people"][number]).birth?.date;
    case "organizations":
      return (record as Dataset["organizations"][number]).founded?.date;
    default:
      return undefined;
  }
}

/** The positions of the events under each key that `keysOf` gives for an event (one pass over the events). */
function postingsOf(
  events: readonly Event[],
  keysOf: (event: Event, put: (key: string) => void) => void,
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  let position = 0;
  const put = (key: string) => addPosition(map, key, position);
  for (; position < events.length; position++) keysOf(events[position]!, put);
  return map;
}

/** An event with the keys it is sorted by. */
interface DateKeyed {
  event: Event;
  id: string;
  earliest: string;
  latest: string;
  dated: boolean;
}

/** A value made on first use and kept. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Builds every lookup table over a dataset in one pass per kind. */
export function buildIndex(data: Dataset): ParleyIndex {
  return runSteps(buildIndexSteps(data));
}

/**
 * Calls `range` over `[0, length)` a piece of at most `STEP_SIZE` at a time, offering to pause after each. The loops
 * stay in ordinary functions, which V8 optimizes as it would the loops of `buildIndex` had it no steps.
 */
function* inSteps(length: number, range: (from: number, to: number) => void): Steps<void> {
  for (let from = 0; from < length; from += STEP_SIZE) {
    range(from, Math.min(length, from + STEP_SIZE));
    yield;
  }
}

/**
 * `buildIndex` a little at a time: the same tables, with a point to pause every `STEP_SIZE` records, except in the
 * three passes that put the events in date order (their keys, the sort, the lists in that order), one step each.
 */
export function* buildIndexSteps(data: Dataset): Steps<ParleyIndex> {
  const byId = new Map<string, { kind: RecordKind; record: AnyRecord }>();
  const bounds = new Map<string, DateBounds>();
  for (const kind of recordKinds) {
    const records = data[kind] as readonly AnyRecord[];
    yield* inSteps(records.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const record = records[i]!;
        if (byId.has(record.id)) continue; // a duplicate id (an invalid dataset): the first record wins
        byId.set(record.id, { kind, record });
        const date = dateOf(kind, record);
        const b = date === undefined ? null : dateBounds(date);
        if (b) bounds.set(record.id, b);
      }
    });
  }
  // Statements sit in time at their event.
  yield* inSteps(data.statements.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const statement = data.statements[i]!;
      const b = bounds.get(statement.event);
      if (b && !bounds.has(statement.id)) bounds.set(statement.id, b);
    }
  });

  // One step each: built a piece at a time (with `push`), these passes made `buildIndex` ~6 % slower at 100,000
  // events; with `map` they cost what they did before steps, and each takes about as long as the sort (~40 ms).
  const keyed = data.events.map((event): DateKeyed => {
    const b = bounds.get(event.id);
    return {
      event,
      id: event.id,
      earliest: b ? (b.earliest ?? BEFORE_ALL) : BEFORE_ALL,
      latest: b ? (b.latest ?? AFTER_ALL) : AFTER_ALL,
      dated: b !== undefined,
    };
  });
  yield;
  keyed.sort(compareDateKeys);
  yield;
  const events = keyed.map((k) => k.event);
  const earliest = keyed.map((k) => k.earliest);
  const latest = keyed.map((k) => k.latest);
  const dated = keyed.map((k) => k.dated);
  yield;
  const eventPosition = new Map<string, number>();

  // People, children and the top level are needed by most pages; the other posting lists only by some filters and
  // per-record pages, so each is built by one pass over the events the first time it is asked for.
  const eventsByPerson = new Map<string, number[]>();
  const children = new Map<string, number[]>();
  const topLevel: number[] = [];
  yield* inSteps(events.length, (from, to) => {
    for (let position = from; position < to; position++) {
      const event = events[position]!;
      if (!eventPosition.has(event.id)) eventPosition.set(event.id, position);
      for (const p of event.participants) addPosition(eventsByPerson, p.person, position);
      if (event.parent) addPosition(children, event.parent, position);
      else topLevel.push(position);
    }
  });
  const eventsByOrganization = lazy(() =>
    postingsOf(events, (event, put) => {
      for (const o of event.organizations) put(o.organization);
      if (event.series) put(event.series);
    }),
  );
  const eventsByTopic = lazy(() => postingsOf(events, (event, put) => event.topics.forEach(put)));
  const eventsByPlace = lazy(() =>
    postingsOf(events, (event, put) => {
      if (event.place) put(event.place);
    }),
  );
  const eventsByCountry = lazy(() => postingsOf(events, (event, put) => event.countries.forEach(put)));
  const eventsByKind = lazy(() => postingsOf(events, (event, put) => put(event.kind)));
  const eventsByStatus = lazy(() => postingsOf(events, (event, put) => put(event.status)));

  const narrowerTopics = new Map<string, string[]>();
  yield* inSteps(data.topics.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const topic = data.topics[i]!;
      if (topic.parent) add(narrowerTopics, topic.parent, topic.id);
    }
  });
  const placesWithin = new Map<string, string[]>();
  yield* inSteps(data.places.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const place = data.places[i]!;
      if (place.within) add(placesWithin, place.within, place.id);
    }
  });

  const spans = new Map<string, TermSpan>();
  const termKeys = new Map<string, { earliest: string; latest: string; id: string }>();
  const membershipsByPerson = new Map<string, Membership[]>();
  const membershipsByPost = new Map<string, Membership[]>();
  yield* inSteps(data.memberships.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const m = data.memberships[i]!;
      const span = termSpan(m);
      spans.set(m.id, span);
      termKeys.set(m.id, { earliest: span.documentedFrom ?? span.possibleFrom, latest: span.possibleUntil, id: m.id });
      add(membershipsByPerson, m.person, m);
      add(membershipsByPost, m.post, m);
    }
  });
  const byTerm = (a: Membership, b: Membership) => compareDateKeys(termKeys.get(a.id)!, termKeys.get(b.id)!);
  // Each list is sorted in one piece; a pause is offered after about every `STEP_SIZE` terms sorted.
  let sorted = 0;
  for (const lists of [membershipsByPerson.values(), membershipsByPost.values()]) {
    for (const list of lists) {
      list.sort(byTerm);
      sorted += list.length;
      if (sorted >= STEP_SIZE) {
        sorted = 0;
        yield;
      }
    }
  }

  const documentsByEvent = new Map<string, Document[]>();
  yield* inSteps(data.documents.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const d = data.documents[i]!;
      if (d.event) add(documentsByEvent, d.event, d);
    }
  });
  const statementsByEvent = new Map<string, Statement[]>();
  const statementsBySpeaker = new Map<string, Statement[]>();
  yield* inSteps(data.statements.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const s = data.statements[i]!;
      add(statementsByEvent, s.event, s);
      add(statementsBySpeaker, s.speaker, s);
    }
  });
  const disagreementsByRecord = new Map<string, Disagreement[]>();
  yield* inSteps(data.disagreements.length, (from, to) => {
    for (let i = from; i < to; i++)
      for (const id of new Set(data.disagreements[i]!.targets.map((t) => t.record)))
        add(disagreementsByRecord, id, data.disagreements[i]!);
  });

  let citing: Map<string, string[]> | undefined;
  return {
    byId,
    events,
    eventPosition,
    earliest,
    latest,
    dated,
    bounds,
    eventsByPerson,
    get eventsByOrganization() {
      return eventsByOrganization();
    },
    get eventsByTopic() {
      return eventsByTopic();
    },
    get eventsByPlace() {
      return eventsByPlace();
    },
    get eventsByCountry() {
      return eventsByCountry();
    },
    get eventsByKind() {
      return eventsByKind();
    },
    get eventsByStatus() {
      return eventsByStatus();
    },
    topLevel,
    children,
    narrowerTopics,
    placesWithin,
    membershipsByPerson,
    membershipsByPost,
    spans,
    documentsByEvent,
    statementsByEvent,
    statementsBySpeaker,
    disagreementsByRecord,
    get citingRecords() {
      citing ??= citingRecordsOf(data);
      return citing;
    },
  };
}

/** Ids of the records that cite each source; built on first use, since it walks every citation. */
function citingRecordsOf(data: Dataset): Map<string, string[]> {
  const citingRecords = new Map<string, string[]>();
  for (const kind of recordKinds) {
    for (const record of data[kind] as readonly AnyRecord[]) {
      const cited = new Set<string>();
      for (const list of citationListsOf(kind, record)) for (const c of list.citations) cited.add(c.source);
      for (const source of cited) add(citingRecords, source, record.id);
    }
  }
  return citingRecords;
}
