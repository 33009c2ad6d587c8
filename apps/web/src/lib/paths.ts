import type { RecordKind } from "@parley/core";

/** The record kinds that have a page of their own, with their URL folder. */
export const pageKinds = {
  events: { folder: "events" },
  people: { folder: "people" },
  organizations: { folder: "organizations" },
  posts: { folder: "posts" },
  topics: { folder: "topics" },
  places: { folder: "places" },
  documents: { folder: "documents" },
  sources: { folder: "sources" },
} as const satisfies Partial<Record<RecordKind, { folder: string }>>;

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
