import type { RecordKind } from "@parley/core";
import {
  createSearchIndex,
  createSearchIndexInSlices,
  SEARCH_KINDS,
  type Parley,
  type SearchHit,
  type SearchIndex,
  type SearchKind,
} from "@parley/core";
import { datasetBehind } from "../datasetBehind.js";
import { UserError } from "../errors.js";
import { toJsonText } from "../io.js";
import type { Context } from "./context.js";

/** The kinds of record that search finds: names, titles, and statements, terms of office and disagreements by what they say. */
export const searchKinds: readonly SearchKind[] = SEARCH_KINDS;

/** Hits of one kind, in score order. */
export interface HitGroup {
  kind: SearchKind;
  hits: readonly SearchHit[];
}

/** Groups hits by kind: groups ordered by their best hit, hits within a group by score (core's order). */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.kind);
    if (list) list.push(hit);
    else groups.set(hit.kind, [hit]);
  }
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}

const indexes = new WeakMap<object, SearchIndex>();

/**
 * Builds the index and warms it: core builds the title and description halves on the first search that needs them
 * (about a second at 100,000 events), which would otherwise land on the user's first keystroke.
 */
export function prepareSearch(parley: Parley): SearchIndex {
  const index = searchIndexFor(parley);
  if (!warmed.has(index)) {
    index.warm();
    warmed.add(index);
  }
  return index;
}
const warmed = new WeakSet<SearchIndex>();

const building = new WeakMap<object, { done: Promise<void>; stop: AbortController }>();

/**
 * Builds and warms the search index of a dataset in the background, in slices that each hold the event loop for a
 * few milliseconds, so keys typed meanwhile are handled at once. One build per dataset, whoever asks first. Settles
 * when the build has ended: then `hasSearchIndex` says whether it succeeded (if not, `searchIndexFor` builds at once
 * and throws what went wrong); never rejects.
 */
export function prepareSearchInBackground(parley: Parley): Promise<void> {
  if (hasSearchIndex(parley)) return Promise.resolve();
  let build = building.get(parley);
  if (!build) {
    const stop = new AbortController();
    const done = createSearchIndexInSlices(datasetBehind(parley), { signal: stop.signal }).then(
      (index) => {
        // A synchronous build that came first (`searchIndexFor`) stays the one in use.
        if (!indexes.has(parley)) indexes.set(parley, index);
        if (indexes.get(parley) === index) warmed.add(index);
        building.delete(parley);
      },
      () => void building.delete(parley),
    );
    build = { done, stop };
    building.set(parley, build);
  }
  return build.done;
}

/** Ends a background build of a dataset's search index (when the interface closes), between two of its slices. */
export function stopPreparingSearch(parley: Parley): void {
  building.get(parley)?.stop.abort();
}

/** Whether the search index of a dataset has been built already. */
export function hasSearchIndex(parley: Parley): boolean {
  return indexes.has(parley);
}

/**
 * Core's search index over a dataset, built once per dataset (on first use: it takes seconds at 100k events), from the
 * dataset as loaded where the loader noted it (`withDataset`).
 */
export function searchIndexFor(parley: Parley): SearchIndex {
  let index = indexes.get(parley);
  if (!index) {
    index = createSearchIndex(datasetBehind(parley));
    indexes.set(parley, index);
  }
  return index;
}

/** `parley search <query>`: accent- and script-insensitive search; tab-separated kind, id, label, grouped by kind; or JSON. */
export function searchCommand(
  ctx: Context,
  query: string,
  options: { kind?: RecordKind; limit?: number; json?: boolean },
): number {
  if (options.kind !== undefined && !(searchKinds as readonly string[]).includes(options.kind)) {
    throw new UserError(`${options.kind} are not searched; --kind takes one of ${searchKinds.join(", ")}`);
  }
  // The index is built from the dataset as loaded: a search needs none of core's other indexes.
  const hits = createSearchIndex(ctx.data().dataset).search(query, {
    ...(options.kind ? { kinds: [options.kind as SearchKind] } : {}),
    limit: options.limit ?? 50,
  });
  if (options.json) {
    ctx.io.out(toJsonText(hits, ctx.io));
    return 0;
  }
  const lines: string[] = [];
  for (const group of groupHits(hits)) {
    for (const hit of group.hits)
      lines.push(
        `${group.kind}\t${hit.id}\t${hit.label}${hit.matched && hit.matched !== hit.label ? `\t(${hit.matched})` : ""}`,
      );
  }
  if (lines.length === 0) ctx.io.err(`nothing matches "${query}"\n`);
  else ctx.io.out(`${lines.join("\n")}\n`);
  return 0;
}
