import { deepFreeze } from "../deepFreeze.js";
import type { ParleyIndex } from "./buildIndex.js";
import { EMPTY } from "./frozenList.js";
import { labelFor } from "./labelFor.js";
import type { CitingRecord } from "./Parley.js";

/** The records that cite a source, each with its kind and label; nothing for an id that is not a source. */
export function recordsCiting(index: ParleyIndex, sourceId: string): readonly CitingRecord[] {
  if (index.byId.get(sourceId)?.kind !== "sources") return EMPTY;
  return deepFreeze(
    (index.citingRecords.get(sourceId) ?? EMPTY).map((id): CitingRecord => ({
      kind: index.byId.get(id)!.kind,
      id,
      label: labelFor(index, id),
    })),
  );
}
