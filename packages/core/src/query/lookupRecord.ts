import { deepFreeze } from "../deepFreeze.js";
import type { RecordKind, RecordOf } from "../schema/Dataset.js";
import type { ParleyIndex } from "./buildIndex.js";
import { notFound } from "./notFound.js";
import type { Frozen, Lookup } from "./Parley.js";

/** The record of one kind with this id, or why there is none. */
export function lookupRecord<K extends RecordKind>(index: ParleyIndex, kind: K, id: string): Lookup<RecordOf<K>> {
  const found = index.byId.get(id);
  if (found?.kind !== kind) return notFound(id, kind, found?.kind);
  return Object.freeze({ ok: true as const, value: deepFreeze(found.record) as Frozen<RecordOf<K>> });
}
