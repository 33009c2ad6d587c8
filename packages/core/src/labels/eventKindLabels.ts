import type { EventKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";
import text from "./text/eventKind.json";

/** Every event kind in words; `eventKinds` (codes and descriptions) takes its labels from here. */
export const eventKindLabels: LabelTable<EventKind> = Object.freeze(text);
