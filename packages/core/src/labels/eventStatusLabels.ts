import type { EventStatus } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every event status in words. */
export const eventStatusLabels: LabelTable<EventStatus> = Object.freeze({
  announced: { en: "Announced" },
  "took-place": { en: "Took place" },
  postponed: { en: "Postponed" },
  cancelled: { en: "Cancelled" },
});
