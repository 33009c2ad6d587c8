import type { RecordKind } from "@parley/core";
import { kindNames } from "./kindNames";

/** The record kinds that have a page of their own, with their URL folder and names. */
export const pageKinds = {
  events: { folder: "events", ...kindNames.events },
  people: { folder: "people", ...kindNames.people },
  organizations: { folder: "organizations", ...kindNames.organizations },
  posts: { folder: "posts", ...kindNames.posts },
  topics: { folder: "topics", ...kindNames.topics },
  places: { folder: "places", ...kindNames.places },
  documents: { folder: "documents", ...kindNames.documents },
  sources: { folder: "sources", ...kindNames.sources },
} as const satisfies Partial<Record<RecordKind, { folder: string; singular: string; plural: string }>>;

/** A record kind with a page of its own. */
export type PageKind = keyof typeof pageKinds;

/** Whether records of a kind have their own page. */
export function hasPage(kind: RecordKind): kind is PageKind {
  return kind in pageKinds;
}

/** The page of a record of a kind that has pages: `/events/<id>/`. */
export function pathFor(kind: PageKind, id: string): string {
  return `/${pageKinds[kind].folder}/${encodeURIComponent(id)}/`;
}

/** The index page of a kind: `/events/`. */
export function indexPathFor(kind: PageKind): string {
  return `/${pageKinds[kind].folder}/`;
}
