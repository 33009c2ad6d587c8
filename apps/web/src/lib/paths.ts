import type { RecordKind } from "@parley/core";

/** The record kinds that have a page of their own, with their URL folder and names. */
export const pageKinds = {
  events: { folder: "events", singular: "Event", plural: "Events" },
  people: { folder: "people", singular: "Person", plural: "People" },
  organizations: { folder: "organizations", singular: "Organization", plural: "Organizations" },
  posts: { folder: "posts", singular: "Office", plural: "Offices" },
  topics: { folder: "topics", singular: "Topic", plural: "Topics" },
  places: { folder: "places", singular: "Place", plural: "Places" },
  documents: { folder: "documents", singular: "Document", plural: "Documents" },
  sources: { folder: "sources", singular: "Source", plural: "Sources" },
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
