import type { Frozen, Parley, RecordKind, RecordOf } from "@parley/core";
import { eventDetail } from "./event.js";
import type { Detail } from "./lines.js";
import {
  countryDetail,
  disagreementDetail,
  documentDetail,
  membershipDetail,
  organizationDetail,
  placeDetail,
  postDetail,
  sourceDetail,
  statementDetail,
  topicDetail,
} from "./others.js";
import { personDetail } from "./person.js";

export type { Detail, Line } from "./lines.js";

type Builders = { [K in RecordKind]: (parley: Parley, record: Frozen<RecordOf<K>>) => Detail };

/** One builder per kind: adding a kind to core without a view here is a type error. */
const builders: Builders = {
  events: eventDetail,
  people: personDetail,
  organizations: organizationDetail,
  posts: postDetail,
  memberships: membershipDetail,
  documents: documentDetail,
  statements: statementDetail,
  topics: topicDetail,
  places: placeDetail,
  countries: countryDetail,
  sources: sourceDetail,
  disagreements: disagreementDetail,
};

/** The detail view of any record, or null when the id is unknown. */
export function buildDetail(parley: Parley, id: string): Detail | null {
  const got = parley.get(id);
  if (!got.ok) return null;
  const build = builders[got.value.kind] as (parley: Parley, record: unknown) => Detail;
  return build(parley, got.value.record);
}

const cache = new WeakMap<Parley, Map<string, Detail | null>>();

/** `buildDetail`, remembered per dataset, so going back to a record is instant. */
export function cachedDetail(parley: Parley, id: string): Detail | null {
  let byId = cache.get(parley);
  if (!byId) cache.set(parley, (byId = new Map()));
  if (!byId.has(id)) byId.set(id, buildDetail(parley, id));
  return byId.get(id)!;
}
