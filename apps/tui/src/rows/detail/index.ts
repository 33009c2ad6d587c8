import type { Frozen, Language, Parley, RecordKind, RecordOf } from "@parley/core";
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

type Builders = { [K in RecordKind]: (parley: Parley, record: Frozen<RecordOf<K>>, language: Language) => Detail };

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

/** The detail view of any record in a language, or null when the id is unknown. */
export function buildDetail(parley: Parley, id: string, language: Language): Detail | null {
  const got = parley.get(id);
  if (!got.ok) return null;
  const build = builders[got.value.kind] as (parley: Parley, record: unknown, language: Language) => Detail;
  return build(parley, got.value.record, language);
}

const cache = new WeakMap<Parley, Map<string, Detail | null>>();

/** `buildDetail`, remembered per dataset and language, so going back to a record is instant. */
export function cachedDetail(parley: Parley, id: string, language: Language): Detail | null {
  let byId = cache.get(parley);
  if (!byId) cache.set(parley, (byId = new Map()));
  const key = `${language} ${id}`;
  if (!byId.has(key)) byId.set(key, buildDetail(parley, id, language));
  return byId.get(key)!;
}
