// The record kinds as the terminal offers and names them. The words come from core's label tables, so the terminal
// and the web call each kind the same ("Offices", "Terms of office"; "Должности", "Chức vụ").
import type { Language, RecordKind } from "@parley/core";
import { languages, recordKindLabels, recordKindNoun, recordKinds } from "@parley/core";

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

/** One record of a kind in words ("Person", "Office"), from core's labels. */
export function singularOf(kind: RecordKind, language: Language): string {
  return recordKindLabels[kind].singular[language];
}

/** A heading for a record kind ("People", "Offices"), from core's labels. */
export function pluralOf(kind: RecordKind, language: Language): string {
  return recordKindLabels[kind].plural[language];
}

/** One record of a kind in words, for running text ("office", "term of office"). */
export function noun(kind: RecordKind, language: Language): string {
  return singularOf(kind, language).toLowerCase();
}

/**
 * Reads a record kind, case-insensitively, as the model spells it (`people`, `person`, `post`) or as the interface
 * names it in any of its languages (`offices`, `term of office`, `должности`); null when unknown.
 */
export function parseRecordKind(text: string): RecordKind | null {
  const t = text.trim().toLowerCase();
  for (const kind of recordKinds) {
    const names = languages.flatMap((language) => [singularOf(kind, language), pluralOf(kind, language)]);
    if ([kind, recordKindNoun[kind], ...names.map((name) => name.toLowerCase())].includes(t)) return kind;
  }
  return null;
}

/** Every accepted spelling of the record kinds, for help texts. */
export function recordKindNames(): string {
  return recordKinds.join(", ");
}
