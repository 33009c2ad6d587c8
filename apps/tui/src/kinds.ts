import type { RecordKind } from "@parley/core";
import { recordKindNoun, recordKinds } from "@parley/core";

/** The lists the interface offers, in Tab order. */
export const listKinds = [
  "events",
  "people",
  "organizations",
  "posts",
  "topics",
  "places",
  "documents",
  "sources",
] as const satisfies readonly RecordKind[];
/** One of the browsable lists. */
export type ListKind = (typeof listKinds)[number];

/** The singular noun for each record kind ("person" for `people`), from core. */
export const singular: Readonly<Record<RecordKind, string>> = recordKindNoun;

/** A heading for each record kind ("People"). */
export const plural: Readonly<Record<RecordKind, string>> = {
  events: "Events",
  people: "People",
  organizations: "Organizations",
  posts: "Posts",
  memberships: "Terms of office",
  documents: "Documents",
  statements: "Statements",
  topics: "Topics",
  places: "Places",
  countries: "Countries",
  sources: "Sources",
  disagreements: "Disagreements",
};

/** Reads a record kind written as the plural (`people`) or the singular (`person`), case-insensitively; null when unknown. */
export function parseRecordKind(text: string): RecordKind | null {
  const t = text.trim().toLowerCase();
  for (const kind of recordKinds) if (kind === t || singular[kind] === t) return kind;
  return null;
}

/** Every accepted spelling of the record kinds, for help texts. */
export function recordKindNames(): string {
  return recordKinds.join(", ");
}
