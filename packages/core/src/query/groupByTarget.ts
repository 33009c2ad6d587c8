import type { Dataset } from "../schema/Dataset.js";
import type { ParleyIndex } from "./buildIndex.js";
import { compareText } from "./compareText.js";
import { labelFor } from "./labelFor.js";

/** Records of one kind and the ids each points to (a topic's parent, a post's organization…), with their order. */
export interface Relation<T extends { id: string }> {
  /** A name for the relation, unique among relations: the key its grouping is remembered by. */
  readonly name: string;
  /** The records that point. */
  readonly records: (data: Dataset) => readonly T[];
  /** The id or ids a record points to. */
  readonly targetsOf: (record: T) => readonly string[] | string | null | undefined;
  /** The key each group is sorted by (then id). */
  readonly sortKey: (index: ParleyIndex, record: T) => string;
}

/** A record's label, lower-cased: the sort key of lists ordered by name. */
export const byLabel = (index: ParleyIndex, id: string): string => labelFor(index, id).toLocaleLowerCase("en");

/** The earliest possible day of a record's date, as a sort key (undated last). */
export const byDate = (index: ParleyIndex, id: string): string => index.bounds.get(id)?.earliest ?? "\uffff";

/** The records of a relation grouped by the id they point to, each group sorted by the relation's key, then id. */
export function groupByTarget<T extends { id: string }>(
  data: Dataset,
  index: ParleyIndex,
  relation: Relation<T>,
): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  const keys = new Map<T, string>();
  for (const record of relation.records(data)) {
    const target = relation.targetsOf(record);
    if (target === null || target === undefined) continue;
    for (const id of typeof target === "string" ? [target] : target) {
      const group = groups.get(id);
      if (group) group.push(record);
      else groups.set(id, [record]);
    }
  }
  const keyOf = (record: T): string => {
    let key = keys.get(record);
    if (key === undefined) keys.set(record, (key = relation.sortKey(index, record)));
    return key;
  };
  for (const group of groups.values()) group.sort((a, b) => compareText(keyOf(a), keyOf(b)) || compareText(a.id, b.id));
  return groups;
}
