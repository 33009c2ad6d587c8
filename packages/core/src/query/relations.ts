import type { Document } from "../schema/Document.js";
import type { Organization } from "../schema/Organization.js";
import type { Place } from "../schema/Place.js";
import type { Post } from "../schema/Post.js";
import type { Source } from "../schema/Source.js";
import type { Statement } from "../schema/Statement.js";
import type { Topic } from "../schema/Topic.js";
import { byDate, byLabel, type Relation } from "./groupByTarget.js";

/** The relations that list records by what they point to, in the order each list is kept. */
export const relations = {
  documentTopics: {
    name: "document topics",
    records: (data) => data.documents,
    targetsOf: (d) => d.topics,
    sortKey: (index, d) => byDate(index, d.id),
  } satisfies Relation<Document>,
  documentParties: {
    name: "document parties",
    records: (data) => data.documents,
    targetsOf: (d) => [...new Set([...d.parties, ...d.signatories])],
    sortKey: (index, d) => byDate(index, d.id),
  } satisfies Relation<Document>,
  statementTopics: {
    name: "statement topics",
    records: (data) => data.statements,
    targetsOf: (s) => s.topics,
    sortKey: (index, s) => byDate(index, s.event),
  } satisfies Relation<Statement>,
  topicParent: {
    name: "topic parent",
    records: (data) => data.topics,
    targetsOf: (t) => t.parent,
    sortKey: (index, t) => byLabel(index, t.id),
  } satisfies Relation<Topic>,
  placeWithin: {
    name: "place within",
    records: (data) => data.places,
    targetsOf: (p) => p.within,
    sortKey: (index, p) => byLabel(index, p.id),
  } satisfies Relation<Place>,
  organizationParent: {
    name: "organization parent",
    records: (data) => data.organizations,
    targetsOf: (o) => o.parent,
    sortKey: (index, o) => byLabel(index, o.id),
  } satisfies Relation<Organization>,
  postOrganization: {
    name: "post organization",
    records: (data) => data.posts,
    targetsOf: (p) => p.organization,
    sortKey: (index, p) => byLabel(index, p.id),
  } satisfies Relation<Post>,
  sourcePublisher: {
    name: "source publisher",
    records: (data) => data.sources,
    targetsOf: (s) => s.publisher,
    sortKey: (index, s) => byDate(index, s.id),
  } satisfies Relation<Source>,
  sourceRepublishes: {
    name: "source republishes",
    records: (data) => data.sources,
    targetsOf: (s) => s.republishes,
    sortKey: (index, s) => byDate(index, s.id),
  } satisfies Relation<Source>,
};

/** The grouping of a relation, built on first use and remembered by the Parley that asks. */
export type Grouped = <T extends { id: string }>(relation: Relation<T>) => ReadonlyMap<string, readonly T[]>;
