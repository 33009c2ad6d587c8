import type { RecordKind } from "../schema/Dataset.js";
import type { Label } from "./Label.js";
import text from "./text/recordKind.json";

/** How one record kind is named: one record ("Office") and a list of them ("Offices"). */
export interface RecordKindLabel {
  /** One record, as a result's kind or a page's kicker. */
  readonly singular: Label;
  /** Many records, as a heading. */
  readonly plural: Label;
}

/**
 * Every record kind in words, as both apps show them. A post reads "Office" and a membership "Term of office":
 * the model keeps Popolo's terms, the reader sees the plain ones.
 * Vietnamese nouns do not change for number, so its one and many read alike.
 */
export const recordKindLabels: Readonly<Record<RecordKind, RecordKindLabel>> = Object.freeze(text);
