import type { Rank } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every rank of a disputed fact's version (Wikidata's ranks), in words. */
export const rankLabels: LabelTable<Rank> = Object.freeze({
  preferred: { en: "Preferred" },
  normal: { en: "Normal rank" },
  deprecated: { en: "Deprecated" },
});
