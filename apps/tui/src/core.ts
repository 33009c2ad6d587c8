// The parts of core's contract this app uses that may not be exported yet while they are being written
// (search, exports, the synthetic generator). Each is looked up at run time and fails with one clear line when
// absent, so the rest of the app builds, type-checks and runs meanwhile. Delete an entry once core exports it.
import * as core from "@parley/core";
import type { Dataset, RecordKind } from "@parley/core";

/** One search result (contract: `createSearchIndex(dataset).search`). */
export interface SearchHit {
  kind: RecordKind;
  id: string;
  label: string;
  /** What matched (a name, an alias, a title…). */
  matched: string;
  score: number;
}

/** A search index over a dataset. */
export interface SearchIndex {
  search(query: string, options?: { kinds?: readonly RecordKind[]; limit?: number }): readonly SearchHit[];
}

/** The exports of core, by their contract names. */
interface Exports {
  createSearchIndex(dataset: Dataset): SearchIndex;
  toJson(dataset: Dataset): unknown;
  toCsv(dataset: Dataset, kind: RecordKind): unknown;
  toJsonSchema(): unknown;
  toPopolo(dataset: Dataset): unknown;
  toICalendar(dataset: Dataset): { ics: string; skipped: readonly unknown[] };
  toPloverJsonl(dataset: Dataset): unknown;
}

/** Thrown when core does not provide a function of its contract yet. */
export class CoreMissing extends Error {
  constructor(name: string) {
    super(`this build of @parley/core does not provide ${name} yet`);
    this.name = "CoreMissing";
  }
}

function pending<K extends keyof Exports>(name: K): Exports[K] {
  const found = (core as unknown as Partial<Exports>)[name];
  if (typeof found === "function") return found as Exports[K];
  return ((..._args: unknown[]) => {
    throw new CoreMissing(name);
  }) as unknown as Exports[K];
}

export const createSearchIndex = pending("createSearchIndex");
export const toJson = pending("toJson");
export const toCsv = pending("toCsv");
export const toJsonSchema = pending("toJsonSchema");
export const toPopolo = pending("toPopolo");
export const toICalendar = pending("toICalendar");
export const toPloverJsonl = pending("toPloverJsonl");

/** An export result as text: strings as they are, anything else as pretty JSON. */
export function asText(value: unknown): string {
  return typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n`;
}
