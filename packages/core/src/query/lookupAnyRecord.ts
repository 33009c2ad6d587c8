import { deepFreeze } from "../deepFreeze.js";
import type { ParleyIndex } from "./buildIndex.js";
import { notFound } from "./notFound.js";
import type { KindedRecord, NotFound } from "./Parley.js";

/** Any record with this id, with its kind, or why there is none. */
export function lookupAnyRecord(
  index: ParleyIndex,
  id: string,
): { ok: true; value: KindedRecord } | { ok: false; error: NotFound } {
  const found = index.byId.get(id);
  if (!found) return notFound(id, "any", undefined);
  return Object.freeze({
    ok: true as const,
    value: deepFreeze({ kind: found.kind, record: found.record }) as KindedRecord,
  });
}
