import type { StartHow } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** How a term of office began, in words. */
export const startHowLabels: LabelTable<StartHow> = Object.freeze({
  elected: { en: "Elected" },
  "re-elected": { en: "Re-elected" },
  appointed: { en: "Appointed" },
  acting: { en: "Acting" },
  "took-charge": { en: "Took charge" },
  succeeded: { en: "Succeeded" },
  unknown: { en: "Unknown" },
});
