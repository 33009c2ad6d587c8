import type { EventStatus } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";
import text from "./text/eventStatus.json";

/** Every event status in words. */
export const eventStatusLabels: LabelTable<EventStatus> = Object.freeze(text);
