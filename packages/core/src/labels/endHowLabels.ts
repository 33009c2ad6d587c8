import type { EndHow } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";
import text from "./text/endHow.json";

/** How a term of office ended, in words. */
export const endHowLabels: LabelTable<EndHow> = Object.freeze(text);
