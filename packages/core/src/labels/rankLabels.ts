import type { Rank } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";
import text from "./text/rank.json";

/** Every rank of a disputed fact's version (Wikidata's ranks), in words. */
export const rankLabels: LabelTable<Rank> = Object.freeze(text);
