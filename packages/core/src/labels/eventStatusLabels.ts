import type { EventStatus } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every event status in words. */
export const eventStatusLabels: LabelTable<EventStatus> = Object.freeze({
  announced: { en: "Announced", vi: "Đã công bố", ru: "Объявлено" },
  "took-place": { en: "Took place", vi: "Đã diễn ra", ru: "Состоялось" },
  postponed: { en: "Postponed", vi: "Bị hoãn", ru: "Отложено" },
  cancelled: { en: "Cancelled", vi: "Bị hủy", ru: "Отменено" },
});
