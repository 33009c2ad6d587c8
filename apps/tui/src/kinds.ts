// The record kinds as the terminal offers and names them. The words come from core's label tables, so the terminal
// and the web call each kind the same ("Offices", "Terms of office").
import type { RecordKind } from "@parley/core";
import { recordKindLabels, recordKindNoun, recordKinds } from "@parley/core";

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

/** One record of each kind in words ("Person", "Office"), from core's labels. */
export const singular: Readonly<Record<RecordKind, string>> = Object.freeze(
  Object.fromEntries(recordKinds.map((k) => [k, recordKindLabels[k].singular.en])) as Record<RecordKind, string>,
);

/** A heading for each record kind ("People", "Offices"), from core's labels. */
export const plural: Readonly<Record<RecordKind, string>> = Object.freeze(
  Object.fromEntries(recordKinds.map((k) => [k, recordKindLabels[k].plural.en])) as Record<RecordKind, string>,
);

/** One record of a kind in words, for running text ("office", "term of office"). */
export function noun(kind: RecordKind): string {
  return singular[kind].toLowerCase();
}

/**
 * Reads a record kind, case-insensitively, as the model spells it (`people`, `person`, `post`) or as the interface
 * names it (`offices`, `term of office`); null when unknown.
 */
export function parseRecordKind(text: string): RecordKind | null {
  const t = text.trim().toLowerCase();
  for (const kind of recordKinds)
    if ([kind, recordKindNoun[kind], singular[kind].toLowerCase(), plural[kind].toLowerCase()].includes(t)) return kind;
  return null;
}

/** Every accepted spelling of the record kinds, for help texts. */
export function recordKindNames(): string {
  return recordKinds.join(", ");
}
