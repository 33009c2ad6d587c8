import { deepFreeze } from "../deepFreeze.js";
import type { Dataset } from "../schema/Dataset.js";
import type { Membership } from "../schema/Membership.js";
import { buildIndex, type ParleyIndex } from "./buildIndex.js";
import { citationsOf } from "./citationsOf.js";
import { computeStats } from "./computeStats.js";
import { counterpartsAmong } from "./counterpartsAmong.js";
import { countTopicsOverTime } from "./countTopicsOverTime.js";
import { createMemo } from "./createMemo.js";
import { documentsOf } from "./documentsOf.js";
import { eventsOf } from "./eventsOf.js";
import { filterEvents } from "./filterEvents.js";
import { EMPTY, eventsAt, frozenList } from "./frozenList.js";
import { groupByTarget, type Relation } from "./groupByTarget.js";
import { holderOf } from "./holderOf.js";
import { labelFor } from "./labelFor.js";
import { lookupAnyRecord } from "./lookupAnyRecord.js";
import { lookupRecord } from "./lookupRecord.js";
import { networkAmong } from "./networkAmong.js";
import { officeOn } from "./officeOn.js";
import type { Frozen, Parley, ParticipantView, Stats, TopicYear } from "./Parley.js";
import { parentOf } from "./parentOf.js";
import { participantsAt } from "./participantsAt.js";
import { recordsCiting } from "./recordsCiting.js";
import { relations, type Grouped } from "./relations.js";
import { resolveId } from "./resolveId.js";
import { statementsOf } from "./statementsOf.js";

/**
 * Builds every lookup table over a dataset once and answers queries from them. Every answer is frozen, and so is
 * every record in it, in place, when it is first handed out (the shipped dataset is frozen already), so no caller
 * can change what later answers see. Freezing on hand-out keeps building the index cheap for large datasets.
 */
export function createParley(dataset: Dataset): Parley {
  return createParleyWith(dataset, buildIndex(dataset));
}

/**
 * The `Parley` over a dataset whose index is built already (by `buildIndex` or its steps); for core's own builders.
 * Each query is a function of the index in a module of its own; this binds them, and remembers the answers that are
 * worth keeping (groupings, participants, children, counterparts, the whole network, stats) in one memo per Parley.
 */
export function createParleyWith(data: Dataset, index: ParleyIndex): Parley {
  const memo = createMemo();
  const grouped: Grouped = (relation) =>
    memo.once(`pointing\u0000${relation.name}`, () => groupByTarget(data, index, relation));
  const listed =
    <T extends { id: string }>(relation: Relation<T>) =>
    (id: string): readonly Frozen<T>[] =>
      frozenList(grouped(relation).get(id) ?? EMPTY);
  // Each event's participants are worked out (incl. whether each post was held that day) once, then looked up.
  const participants = new Map<string, readonly ParticipantView[]>();

  const parley: Parley = {
    get dataset() {
      return deepFreeze(data) as Frozen<Dataset>;
    },
    version: data.version,

    get: (id) => lookupAnyRecord(index, id),
    kindOf: (id) => index.byId.get(id)?.kind ?? null,
    labelOf: (id, language) => labelFor(index, id, language),
    getEvent: (id) => lookupRecord(index, "events", id),
    getPerson: (id) => lookupRecord(index, "people", id),
    getOrganization: (id) => lookupRecord(index, "organizations", id),
    getPost: (id) => lookupRecord(index, "posts", id),
    getMembership: (id) => lookupRecord(index, "memberships", id),
    getDocument: (id) => lookupRecord(index, "documents", id),
    getStatement: (id) => lookupRecord(index, "statements", id),
    getTopic: (id) => lookupRecord(index, "topics", id),
    getPlace: (id) => lookupRecord(index, "places", id),
    getCountry: (id) => lookupRecord(index, "countries", id),
    getSource: (id) => lookupRecord(index, "sources", id),
    getDisagreement: (id) => lookupRecord(index, "disagreements", id),
    boundsOf: (id) => index.bounds.get(id) ?? null,
    resolveId: (id) =>
      resolveId(
        index,
        memo.once("redirects", () => new Map(data.redirects.map((r) => [r.from, r.to]))),
        id,
      ),

    eventsOf: (id, filters) => eventsOf(index, id, filters),
    participantsOf(eventId) {
      let views = participants.get(eventId);
      if (views === undefined) {
        views = participantsAt(index, eventId);
        if (views !== EMPTY) participants.set(eventId, views); // unknown ids are not remembered
      }
      return views;
    },
    childrenOf: (eventId) =>
      memo.once(`children\u0000${eventId}`, () => eventsAt(index, index.children.get(eventId) ?? EMPTY)),
    parentOf: (eventId) => parentOf(index, eventId),

    documentsOf: (id) => documentsOf(index, grouped, id),
    statementsOf: (id) => statementsOf(index, grouped, id),
    narrowerOf: listed(relations.topicParent),
    placesWithin: listed(relations.placeWithin),
    partsOf: listed(relations.organizationParent),
    postsOf: listed(relations.postOrganization),
    sourcesPublishedBy: listed(relations.sourcePublisher),
    republicationsOf: listed(relations.sourceRepublishes),

    holderOf: (postId, date) => holderOf(index, postId, date),
    officeOn: (personId, date) => officeOn(index, personId, date),
    membershipsOf: (personId) => frozenList<Membership>(index.membershipsByPerson.get(personId) ?? EMPTY),
    holdersOf: (postId) => frozenList<Membership>(index.membershipsByPost.get(postId) ?? EMPTY),

    timeline: (filters = {}) => eventsAt(index, filterEvents(index, filters)),
    counterpartsOf: (personId) =>
      index.byId.get(personId)?.kind !== "people"
        ? EMPTY
        : memo.once(`counterparts\u0000${personId}`, () =>
            counterpartsAmong(index, personId, index.eventsByPerson.get(personId) ?? EMPTY),
          ),
    network: ({ from, to } = {}) =>
      from === undefined && to === undefined
        ? memo.once("network", () => networkAmong(index, filterEvents(index, {})))
        : networkAmong(index, filterEvents(index, { from, to })),
    topicsOverTime: () => memo.once<readonly TopicYear[]>("topicsOverTime", () => countTopicsOverTime(data, index)),
    stats: () => memo.once<Stats>("stats", () => computeStats(data, index)),

    citationsOf: (id) => citationsOf(index, id),
    disagreementsAbout: (id) => frozenList(index.disagreementsByRecord.get(id) ?? EMPTY),
    disagreementsAboutField: (id, path) =>
      frozenList(
        (index.disagreementsByRecord.get(id) ?? EMPTY).filter((d) =>
          d.targets.some((t) => t.record === id && (t.path === path || t.path.startsWith(`${path}.`))),
        ),
      ),
    recordsCiting: (sourceId) => memo.once(`citing\u0000${sourceId}`, () => recordsCiting(index, sourceId)),
  };
  return Object.freeze(parley);
}
