import type { RecordKind } from "@parley/core";
import { createSearchIndex, SEARCH_KINDS, type SearchHit, type SearchKind } from "@parley/core";
import { savedSearchIndex } from "../dataset/savedSearchIndex.js";
import { messagesFor } from "../i18n/messagesFor.js";
import { UserError } from "../process/errors.js";
import { toJsonText } from "../process/io.js";
import { findInDataset, hitLabel, marked, matchedName } from "../rows/localText.js";
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

/**
 * `parley search <query>`: accent- and script-insensitive search; tab-separated kind, id, label (in the interface's
 * language, marked where English stands in for a translation), grouped by kind; or JSON (the same in every language).
 */
export async function searchCommand(
  ctx: Context,
  query: string,
  options: { kind?: RecordKind; limit?: number; json?: boolean },
): Promise<number> {
  const t = messagesFor(ctx.language).commands;
  if (options.kind !== undefined && !(searchKinds as readonly string[]).includes(options.kind)) {
    throw new UserError(t.notSearched(options.kind, searchKinds.join(", ")));
  }
  // The shipped dataset's index was saved at build time; another is built from the dataset as loaded (a search needs
  // none of core's other indexes).
  const { dataset, validation } = await ctx.data();
  const index = (validation === "shipped" ? savedSearchIndex() : null) ?? createSearchIndex(dataset);
  const hits = index.search(query, {
    ...(options.kind ? { kinds: [options.kind as SearchKind] } : {}),
    limit: options.limit ?? 50,
  });
  if (options.json) {
    ctx.io.out(toJsonText(hits, ctx.io));
    return 0;
  }
  const lines: string[] = [];
  const find = findInDataset(dataset);
  for (const group of groupHits(hits)) {
    for (const hit of group.hits) {
      const label = hitLabel(find, hit, ctx.language);
      const matched = matchedName(hit, label.text, true);
      lines.push(`${group.kind}\t${hit.id}\t${marked(label, ctx.language)}${matched ? `\t(${matched})` : ""}`);
    }
  }
  if (lines.length === 0) ctx.io.err(`${t.nothingMatches(query)}\n`);
  else ctx.io.out(`${lines.join("\n")}\n`);
  return 0;
}
