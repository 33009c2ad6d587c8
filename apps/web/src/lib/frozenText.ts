import {
  nameIn,
  versionValueIn,
  type Disagreement,
  type Frozen,
  type Language,
  type Named,
  type TextIn,
} from "@parley/core";

// Core's `nameIn` and `versionValueIn` type their records shallowly readonly, so the deeply frozen records the queries
// return do not fit them as they are; these read the same texts from frozen records (reading never mutates them).

/** A frozen person's, organization's, place's or country's name in a language (`nameIn`). */
export function nameOf(record: Frozen<Named>, language: Language): TextIn {
  return nameIn(record as Named, language);
}

/** One version of a frozen disagreement in a language (`versionValueIn`). */
export function versionOf(disagreement: Frozen<Disagreement>, index: number, language: Language): TextIn | undefined {
  return versionValueIn(disagreement as Disagreement, index, language);
}
