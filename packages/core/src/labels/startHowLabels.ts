import type { StartHow } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";
import text from "./text/startHow.json";

/** How a term of office began, in words. */
export const startHowLabels: LabelTable<StartHow> = Object.freeze(text);
