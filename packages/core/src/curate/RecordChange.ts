import type { RecordKind } from "../schema/Dataset.js";

/** One changed value inside a record: where, what it was and what it became (absent on the side that has none). */
export interface FieldChange {
  /** The field's path inside the record, e.g. `participants[0].citations[1].fragment`. */
  readonly path: string;
  /** The value before; absent when the field was added. */
  readonly old?: unknown;
  /** The value after; absent when the field was removed. */
  readonly new?: unknown;
}

/** A record added, modified or deleted, by kind and id: the unit of review and of release notes. */
export type RecordChange =
  | {
      /** The record is new. */
      readonly op: "ADD";
      readonly kind: RecordKind;
      readonly id: string;
      /** The record as added. */
      readonly record: unknown;
    }
  | {
      /** The record exists on both sides and differs. */
      readonly op: "MOD";
      readonly kind: RecordKind;
      readonly id: string;
      /** What changed inside it, in the record's field order. */
      readonly fields: readonly FieldChange[];
    }
  | {
      /** The record is gone. */
      readonly op: "DEL";
      readonly kind: RecordKind;
      readonly id: string;
      /** The record as it was. */
      readonly record: unknown;
    };

/** What differs between two datasets: their top-level facts (version, citation, licence) and their records. */
export interface DatasetDiff {
  /** Changes to the dataset's own fields, paths named from the top (`version`). */
  readonly meta: readonly FieldChange[];
  /** Record changes, kind by kind in `recordKinds` order. */
  readonly records: readonly RecordChange[];
}
