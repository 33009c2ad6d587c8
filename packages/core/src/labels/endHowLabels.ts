import type { EndHow } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** How a term of office ended, in words. */
export const endHowLabels: LabelTable<EndHow> = Object.freeze({
  resigned: { en: "Resigned" },
  relieved: { en: "Relieved" },
  died: { en: "Died" },
  "term-ended": { en: "Term ended" },
  succeeded: { en: "Succeeded" },
  "re-elected": { en: "Re-elected" },
  unknown: { en: "Unknown" },
});
