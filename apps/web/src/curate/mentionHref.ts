import { pathFor, type PageKind } from "@/lib/paths";

const PAGE_OF: Record<string, PageKind> = {
  person: "people",
  post: "posts",
  organization: "organizations",
  place: "places",
  topic: "topics",
  event: "events",
  document: "documents",
  source: "sources",
};

/** The site page of a record a draft names by kind and id, or null when it has none (dates, unknown names). */
export function mentionHref(kind: string, id: string | null): string | null {
  const pageKind = PAGE_OF[kind];
  return id && pageKind ? pathFor(pageKind, id) : null;
}
