import { linksOf } from "../model/walkRecord.js";
import { recordKinds, type Dataset, type RecordKind } from "../schema/Dataset.js";

/** Kinds the validator wants used by some other record; unused ones of these are dropped. */
const PRUNABLE = ["people", "organizations", "places", "topics", "countries"] as const satisfies readonly RecordKind[];

/** Drops people, organizations, places, topics and countries no other record points to, until none is left unused. */
export function pruneUnused(data: Dataset): void {
  for (;;) {
    const used = new Set<string>();
    for (const kind of recordKinds) {
      for (const record of data[kind] as Dataset[RecordKind][number][]) {
        for (const link of linksOf(kind, record)) if (link.target !== record.id) used.add(link.target);
      }
    }
    const parentOf = new Map(data.topics.map((t) => [t.id, t.parent]));
    for (const id of [...used]) {
      for (let parent = parentOf.get(id); parent !== undefined && !used.has(parent); parent = parentOf.get(parent))
        used.add(parent);
    }
    let removed = 0;
    for (const kind of PRUNABLE) {
      const list = data[kind] as { id: string }[];
      const kept = list.filter((record) => used.has(record.id));
      removed += list.length - kept.length;
      (data as unknown as Record<string, unknown[]>)[kind] = kept;
    }
    if (removed === 0) return;
  }
}
