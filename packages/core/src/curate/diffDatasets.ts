/**
 * Record-level differences between two datasets, for review before `apply` and for release notes. Records are
 * paired by id within each kind (never by position), so reordering an array is no change; inside a paired record,
 * microdiff names every changed leaf. microdiff was chosen over jsondiffpatch because it is tiny and has no
 * dependencies (this module is browser-safe), and the one thing jsondiffpatch adds, matching array items by a
 * key, is what the pairing by id already does at the level that matters.
 */
import diff from "microdiff";
import { recordKinds, type RecordKind } from "../schema/Dataset.js";
import type { DatasetDiff, FieldChange, RecordChange } from "./RecordChange.js";

/** The parts of a dataset the diff reads: record arrays by kind, and any top-level values. */
export type DiffableDataset = { readonly [K in RecordKind]: readonly unknown[] } & { readonly [key: string]: unknown };

/** A path from microdiff as one string: `participants[0].role`. */
function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const step of path) text += typeof step === "number" ? `[${step}]` : text === "" ? step : `.${step}`;
  return text;
}

/** The changed leaves between two values, as field changes. */
function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  return diff(before as Record<string, unknown>, after as Record<string, unknown>).map((d) =>
    d.type === "CREATE"
      ? { path: formatPath(d.path), new: d.value }
      : d.type === "REMOVE"
        ? { path: formatPath(d.path), old: d.oldValue }
        : { path: formatPath(d.path), old: d.oldValue, new: d.value },
  );
}

/** A record's id, or undefined for something that has none (then it cannot be paired and is skipped). */
function idOf(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}

/** Records of one kind by id; with duplicate ids (an invalid dataset) the first one counts. */
function byId(records: readonly unknown[]): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const record of records) {
    const id = idOf(record);
    if (id !== undefined && !map.has(id)) map.set(id, record);
  }
  return map;
}

/** The record changes of one kind: ADD and MOD in the new array's order, then DEL in the old array's order. */
function diffKind(kind: RecordKind, before: readonly unknown[], after: readonly unknown[]): RecordChange[] {
  const old = byId(before);
  const now = byId(after);
  const changes: RecordChange[] = [];
  for (const [id, record] of now) {
    if (!old.has(id)) changes.push({ op: "ADD", kind, id, record });
    else {
      const fields = fieldChanges(old.get(id), record);
      if (fields.length > 0) changes.push({ op: "MOD", kind, id, fields });
    }
  }
  for (const [id, record] of old) if (!now.has(id)) changes.push({ op: "DEL", kind, id, record });
  return changes;
}

/** What changed from `before` to `after`: records added, modified (with each changed field) and deleted, by kind and id. */
export function diffDatasets(before: DiffableDataset, after: DiffableDataset): DatasetDiff {
  const kinds = new Set<string>(recordKinds);
  const metaBefore = Object.fromEntries(Object.entries(before).filter(([key]) => !kinds.has(key)));
  const metaAfter = Object.fromEntries(Object.entries(after).filter(([key]) => !kinds.has(key)));
  return {
    meta: fieldChanges(metaBefore, metaAfter),
    records: recordKinds.flatMap((kind) => diffKind(kind, before[kind] ?? [], after[kind] ?? [])),
  };
}
