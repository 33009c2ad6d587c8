import { dateBounds } from "../dates/dateBounds.js";
import { citationListsOf } from "../model/walkRecord.js";
import type { Dataset } from "../schema/Dataset.js";
import { independentOrigins } from "./independentOrigins.js";

/**
 * The report's lines on how well events are sourced: events per year, sources per event, and the share of events
 * with at least two sources and with at least two independent ones (see `independentOrigins`).
 */
export function formatSourcing(data: Dataset): string[] {
  const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
  const perYear = new Map<string, number>();
  const perCount = new Map<number, number>();
  let twoSources = 0;
  let twoIndependent = 0;
  for (const event of data.events) {
    // "On or before" dates (`../2021-01-30`) have no earliest day: they count in the year of their latest.
    const bounds = dateBounds(event.date);
    const year = (bounds?.earliest ?? bounds?.latest)?.slice(0, 4) ?? "undated";
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
    const ids = new Set(citationListsOf("events", event).flatMap((l) => l.citations.map((c) => c.source)));
    perCount.set(ids.size, (perCount.get(ids.size) ?? 0) + 1);
    if (ids.size >= 2) twoSources++;
    if (independentOrigins(ids, sourcesById).size >= 2) twoIndependent++;
  }
  const total = data.events.length;
  const share = (n: number) => `${n} of ${total} (${total === 0 ? 0 : Math.round((n / total) * 100)} %)`;
  const lines = ["Events per year"];
  for (const [year, n] of [...perYear].sort((a, b) => a[0].localeCompare(b[0])))
    lines.push(`  ${year.padEnd(8)} ${String(n).padStart(4)}`);
  lines.push("", "Sources per event");
  for (const [count, n] of [...perCount].sort((a, b) => a[0] - b[0]))
    lines.push(`  ${String(count).padStart(3)} source${count === 1 ? " " : "s"} ${String(n).padStart(4)} events`);
  lines.push(
    `  at least two sources: ${share(twoSources)}`,
    `  at least two independent sources: ${share(twoIndependent)}`,
    "  (independent: a republication counts as its original, weak sources are left out)",
  );
  return lines;
}
