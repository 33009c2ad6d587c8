import type { OtherNameKind } from "../schema/Name.js";
import type { LabelTable } from "./Label.js";
import text from "./text/otherNameKind.json";

/** How another name relates to a record's own (a spelling, a full or short form, a translation…), in words. */
export const otherNameKindLabels: LabelTable<OtherNameKind> = Object.freeze(text);
