/**
 * Replays record changes onto a dataset as stored, so a merge rewrites only the records it changed: the stored
 * files leave out fields that have defaults (`earlierPlans: []`), and writing the validated dataset back would add
 * every one of them. ADD appends the record, DEL removes it, MOD sets, adds and removes the changed fields.
 */
import type { RecordKind } from "../schema/Dataset.js";
import type { FieldChange, RecordChange } from "./RecordChange.js";

type Container = Record<string | number, unknown>;

/** A field path (`participants[0].citations[1]`) as steps: names and array indexes. */
function stepsOf(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/gu))
    steps.push(match[2] === undefined ? match[1]! : Number(match[2]));
  return steps;
}

/** Sets or removes one field of a record, creating the arrays and objects on the way that the stored form left out. */
function patch(record: Container, change: FieldChange): void {
  const steps = stepsOf(change.path);
  let here: Container = record;
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i]!;
    if (here[step] === null || typeof here[step] !== "object") here[step] = typeof steps[i + 1] === "number" ? [] : {};
    here = here[step] as Container;
  }
  const last = steps.at(-1)!;
  if ("new" in change) here[last] = structuredClone(change.new);
  else if (Array.isArray(here) && typeof last === "number") here.splice(last, 1);
  else delete here[last];
}

/** Field changes in an order that is safe to replay: sets first, then removals, later array items first. */
function replayOrder(fields: readonly FieldChange[]): FieldChange[] {
  const sets = fields.filter((f) => "new" in f);
  const removals = fields.filter((f) => !("new" in f)).reverse();
  return [...sets, ...removals];
}

/**
 * A copy of `stored` (a dataset as read from its files, before validation) with the changes made: records are found
 * by id in their kind's array; records no change names stay exactly as stored.
 */
export function applyChanges<T extends object>(stored: T, changes: readonly RecordChange[]): T {
  const out = structuredClone(stored) as T & Partial<Record<RecordKind, Container[]>>;
  for (const change of changes) {
    const records = (out[change.kind] ??= []);
    const index = records.findIndex((r) => r.id === change.id);
    if (change.op === "ADD") records.push(structuredClone(change.record) as Container);
    else if (index < 0) continue;
    else if (change.op === "DEL") records.splice(index, 1);
    else for (const field of replayOrder(change.fields)) patch(records[index]!, field);
  }
  return out;
}
