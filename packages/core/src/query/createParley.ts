import { AFTER_ALL, BEFORE_ALL, termCovers, type Certainty } from "../dates/termSpan.js";
import { deepFreeze } from "../deepFreeze.js";
import { citationListsOf } from "../model/walkRecord.js";
import { recordKindNoun as SINGULAR, type Dataset, type RecordKind, type RecordOf } from "../schema/Dataset.js";
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
import { answerOffice } from "./answerOffice.js";
import { compareText } from "./compareText.js";
import { buildIndex, type ParleyIndex, type Positions } from "./buildIndex.js";
import { computeStats } from "./computeStats.js";
import { counterpartsAmong } from "./counterpartsAmong.js";
import { countTopicsOverTime } from "./countTopicsOverTime.js";
import { filterEvents } from "./filterEvents.js";
import { labelFor } from "./labelFor.js";
import { networkAmong } from "./networkAmong.js";
import type {
  CitationView,
  CitingRecord,
  Frozen,
  KindedRecord,
  Lookup,
  Network,
  NotFound,
  Parley,
  ParticipantView,
  Stats,
  TopicYear,
} from "./Parley.js";
import { textFragmentUrl } from "./textFragmentUrl.js";

const EMPTY: readonly never[] = Object.freeze([]);
const RANK: Readonly<Record<Certainty, number>> = { certain: 2, ambiguous: 1, impossible: 0 };

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

function notFound(id: string, kind: RecordKind | "any", found: RecordKind | undefined): { ok: false; error: NotFound } {
  const error: NotFound =
    found === undefined
      ? {
          code: "not-found",
          id,
          kind,
          message: kind === "any" ? `no record with id "${id}"` : `no ${SINGULAR[kind]} with id "${id}"`,
        }
      : {
          code: "wrong-kind",
          id,
          kind,
          message: `"${id}" is ${withArticle(SINGULAR[found])}, not ${withArticle(SINGULAR[kind as RecordKind])}`,
        };
  return Object.freeze({ ok: false as const, error: Object.freeze(error) });
}

/** Freezes a list of records and the records in it (a record frozen before is not walked again). */
function frozenList<T>(list: readonly T[]): readonly Frozen<T>[] {
  return deepFreeze(list) as readonly Frozen<T>[];
}

/**
 * Builds every lookup table over a dataset once and answers queries from them. Every answer is frozen, and so is
 * every record in it, in place, when it is first handed out (the shipped dataset is frozen already), so no caller
 * can change what later answers see. Freezing on hand-out keeps building the index cheap for large datasets.
 */
export function createParley(dataset: Dataset): Parley {
  return createParleyWith(dataset, buildIndex(dataset));
}

/** The `Parley` over a dataset whose index is built already (by `buildIndex` or its steps); for core's own builders. */
export function createParleyWith(dataset: Dataset, index: ParleyIndex): Parley {
  const data = dataset;
  const eventsAt = (positions: Positions): readonly Frozen<Event>[] =>
    Object.freeze(positions.map((p) => deepFreeze(index.events[p]!) as Frozen<Event>));
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as T;
  };

  const lookup =
    <K extends RecordKind>(kind: K) =>
    (id: string): Lookup<RecordOf<K>> => {
      const found = index.byId.get(id);
      if (found?.kind !== kind) return notFound(id, kind, found?.kind);
      return Object.freeze({ ok: true as const, value: deepFreeze(found.record) as Frozen<RecordOf<K>> });
    };

  /** The events an id is involved in, as one list to intersect: a person, organization, topic, place or country. */
  const involving = (id: string): Positions | null => {
    const kind = index.byId.get(id)?.kind;
    switch (kind) {
      case "people":
        return index.eventsByPerson.get(id) ?? EMPTY;
      case "organizations":
        return index.eventsByOrganization.get(id) ?? EMPTY;
      case "topics":
        return filterEvents(index, { topics: [id] });
      case "places":
        return filterEvents(index, { places: [id] });
      case "countries":
        return index.eventsByCountry.get(id) ?? EMPTY;
      default:
        return null;
    }
  };

  const heldOnDate = (person: string, post: string, eventId: string): Certainty | null => {
    const b = index.bounds.get(eventId);
    if (!b) return null;
    let best: Certainty = "impossible";
    for (const m of index.membershipsByPerson.get(person) ?? EMPTY) {
      if (m.post !== post) continue;
      const c = termCovers(index.spans.get(m.id)!, b.earliest ?? BEFORE_ALL, b.latest ?? AFTER_ALL);
      if (RANK[c] > RANK[best]) best = c;
    }
    return best;
  };

  /** Lower-cased labels, remembered: the sort key of lists ordered by name. */
  const labels = new Map<string, string>();
  const byLabel = (id: string): string => {
    let label = labels.get(id);
    if (label === undefined) labels.set(id, (label = labelFor(index, id).toLocaleLowerCase("en")));
    return label;
  };
  /** The earliest possible day of a record's date, as a sort key (undated last). */
  const byDate = (id: string): string => index.bounds.get(id)?.earliest ?? "\uffff";

  /**
   * Records of one kind grouped by the ids each points to (a topic's parent, a post's organization…), each group
   * sorted once by `sortKey` (then id); built on first use and remembered.
   */
  const pointingAt = <T extends { id: string }>(
    relation: string,
    records: readonly T[],
    targetOf: (record: T) => readonly string[] | string | null | undefined,
    sortKey: (record: T) => string,
  ): ReadonlyMap<string, readonly T[]> =>
    once(`pointing\u0000${relation}`, () => {
      const map = new Map<string, T[]>();
      for (const record of records) {
        const target = targetOf(record);
        for (const key of typeof target === "string" ? [target] : (target ?? EMPTY)) {
          const list = map.get(key);
          if (list) list.push(record);
          else map.set(key, [record]);
        }
      }
      for (const list of map.values())
        list.sort((a, b) => compareText(sortKey(a), sortKey(b)) || compareText(a.id, b.id));
      return map;
    });
  const related = <T>(map: ReadonlyMap<string, readonly { id: string }[]>, id: string): readonly Frozen<T>[] =>
    frozenList<T>((map.get(id) ?? EMPTY) as readonly T[]);

  const participants = new Map<string, readonly ParticipantView[]>();
  const participantsAt = (eventId: string): readonly ParticipantView[] => {
    const p = index.eventPosition.get(eventId);
    if (p === undefined) return EMPTY;
    const event = index.events[p]!;
    const out: ParticipantView[] = [];
    for (const participation of event.participants) {
      const person = index.byId.get(participation.person);
      if (person?.kind !== "people") continue;
      const post = participation.post === undefined ? undefined : index.byId.get(participation.post);
      out.push({
        person: person.record as Frozen<Person>,
        role: participation.role,
        post: post?.kind === "posts" ? (post.record as Frozen<Post>) : null,
        capacity: participation.capacity ?? null,
        heldOnDate:
          participation.post === undefined ? null : heldOnDate(participation.person, participation.post, eventId),
        citations: participation.citations,
      });
    }
    return deepFreeze(out);
  };

  const parley: Parley = {
    get dataset() {
      return deepFreeze(data) as Frozen<Dataset>;
    },
    version: data.version,

    get(id) {
      const found = index.byId.get(id);
      if (!found) return notFound(id, "any", undefined);
      return Object.freeze({
        ok: true as const,
        value: deepFreeze({ kind: found.kind, record: found.record }) as KindedRecord,
      });
    },
    kindOf: (id) => index.byId.get(id)?.kind ?? null,
    labelOf: (id) => labelFor(index, id),
    getEvent: lookup("events"),
    getPerson: lookup("people"),
    getOrganization: lookup("organizations"),
    getPost: lookup("posts"),
    getMembership: lookup("memberships"),
    getDocument: lookup("documents"),
    getStatement: lookup("statements"),
    getTopic: lookup("topics"),
    getPlace: lookup("places"),
    getCountry: lookup("countries"),
    getSource: lookup("sources"),
    getDisagreement: lookup("disagreements"),
    boundsOf: (id) => index.bounds.get(id) ?? null,

    eventsOf(id, filters) {
      const list = involving(id);
      if (list === null) return EMPTY;
      if (!filters) return eventsAt(list);
      return eventsAt(filterEvents(index, filters, [list]));
    },

    // Each event's participants are worked out (incl. whether each post was held that day) once, then looked up.
    participantsOf(eventId) {
      let views = participants.get(eventId);
      if (views === undefined) {
        views = participantsAt(eventId);
        if (views !== EMPTY) participants.set(eventId, views); // unknown ids are not remembered
      }
      return views;
    },

    childrenOf: (eventId) => once(`children\u0000${eventId}`, () => eventsAt(index.children.get(eventId) ?? EMPTY)),

    parentOf(eventId) {
      const p = index.eventPosition.get(eventId);
      const parent = p === undefined ? undefined : index.events[p]!.parent;
      const at = parent === undefined ? undefined : index.eventPosition.get(parent);
      return at === undefined ? null : (deepFreeze(index.events[at]!) as Frozen<Event>);
    },

    documentsOf(id) {
      const kind = index.byId.get(id)?.kind;
      if (kind === "events") return frozenList<Document>(index.documentsByEvent.get(id) ?? EMPTY);
      if (kind === "topics")
        return related<Document>(
          pointingAt(
            "document topics",
            data.documents,
            (d) => d.topics,
            (d) => byDate(d.id),
          ),
          id,
        );
      if (kind === "organizations" || kind === "countries" || kind === "people") {
        const partiesAndSignatories = (d: Document) => [...new Set([...d.parties, ...d.signatories])];
        return related<Document>(
          pointingAt("document parties", data.documents, partiesAndSignatories, (d) => byDate(d.id)),
          id,
        );
      }
      return EMPTY;
    },

    statementsOf(id) {
      const kind = index.byId.get(id)?.kind;
      if (kind === "events") return frozenList<Statement>(index.statementsByEvent.get(id) ?? EMPTY);
      if (kind === "people") return frozenList<Statement>(index.statementsBySpeaker.get(id) ?? EMPTY);
      if (kind === "topics")
        return related<Statement>(
          pointingAt(
            "statement topics",
            data.statements,
            (s) => s.topics,
            (s) => byDate(s.event),
          ),
          id,
        );
      return EMPTY;
    },

    narrowerOf: (topicId) =>
      related<Topic>(
        pointingAt(
          "topic parent",
          data.topics,
          (t) => t.parent,
          (t) => byLabel(t.id),
        ),
        topicId,
      ),
    placesWithin: (placeId) =>
      related<Place>(
        pointingAt(
          "place within",
          data.places,
          (p) => p.within,
          (p) => byLabel(p.id),
        ),
        placeId,
      ),
    partsOf: (organizationId) =>
      related<Organization>(
        pointingAt(
          "organization parent",
          data.organizations,
          (o) => o.parent,
          (o) => byLabel(o.id),
        ),
        organizationId,
      ),
    postsOf: (organizationId) =>
      related<Post>(
        pointingAt(
          "post organization",
          data.posts,
          (p) => p.organization,
          (p) => byLabel(p.id),
        ),
        organizationId,
      ),
    sourcesPublishedBy: (organizationId) =>
      related<Source>(
        pointingAt(
          "source publisher",
          data.sources,
          (s) => s.publisher,
          (s) => byDate(s.id),
        ),
        organizationId,
      ),
    republicationsOf: (id) =>
      related<Source>(
        pointingAt(
          "source republishes",
          data.sources,
          (s) => s.republishes,
          (s) => byDate(s.id),
        ),
        id,
      ),

    holderOf(postId, date) {
      const post = index.byId.get(postId);
      const oneAtATime = post?.kind === "posts" ? (post.record as Post).singleHolder : true;
      return answerOffice(index, index.membershipsByPost.get(postId) ?? EMPTY, date, oneAtATime);
    },
    officeOn: (personId, date) => answerOffice(index, index.membershipsByPerson.get(personId) ?? EMPTY, date, false),
    membershipsOf: (personId) => frozenList<Membership>(index.membershipsByPerson.get(personId) ?? EMPTY),
    holdersOf: (postId) => frozenList<Membership>(index.membershipsByPost.get(postId) ?? EMPTY),

    timeline: (filters = {}) => eventsAt(filterEvents(index, filters)),

    counterpartsOf(personId) {
      if (index.byId.get(personId)?.kind !== "people") return EMPTY;
      return once(`counterparts\u0000${personId}`, () =>
        counterpartsAmong(index, personId, index.eventsByPerson.get(personId) ?? EMPTY),
      );
    },

    network(filters = {}): Network {
      const key = `network\u0000${filters.from ?? ""}\u0000${filters.to ?? ""}`;
      if (filters.from === undefined && filters.to === undefined)
        return once(key, () => networkAmong(index, filterEvents(index, {})));
      return networkAmong(index, filterEvents(index, { from: filters.from, to: filters.to }));
    },

    topicsOverTime: () => once<readonly TopicYear[]>("topicsOverTime", () => countTopicsOverTime(data, index)),
    stats: () => once<Stats>("stats", () => computeStats(data, index)),

    citationsOf(id) {
      const found = index.byId.get(id);
      if (!found) return EMPTY;
      const out: CitationView[] = [];
      for (const list of citationListsOf(found.kind, found.record)) {
        list.citations.forEach((citation, i) => {
          const source = index.byId.get(citation.source);
          if (source?.kind !== "sources") return;
          out.push({
            citation,
            source: source.record as Frozen<Source>,
            what: list.what,
            path: [...list.path, i],
            url: textFragmentUrl(citation, source.record as Source),
          });
        });
      }
      return deepFreeze(out);
    },

    disagreementsAbout: (id) => frozenList<Disagreement>(index.disagreementsByRecord.get(id) ?? EMPTY),

    recordsCiting(sourceId) {
      if (index.byId.get(sourceId)?.kind !== "sources") return EMPTY;
      return once(`citing\u0000${sourceId}`, () =>
        deepFreeze(
          (index.citingRecords.get(sourceId) ?? EMPTY).map((id): CitingRecord => ({
            kind: index.byId.get(id)!.kind,
            id,
            label: labelFor(index, id),
          })),
        ),
      );
    },
  };
  return Object.freeze(parley);
}
