import { formatDate } from "../format/date.js";
import { plural } from "../kinds.js";
import { homeFactsOf } from "../rows/homeFacts.js";
import type { Context } from "./context.js";

/** What `parley` prints without a terminal to browse in: the dataset's key numbers and where to go next. */
export function summaryCommand(ctx: Context): number {
  const { dataset, origin } = ctx.data();
  // The same counts and date span as core's stats(), without building its indexes.
  const stats = homeFactsOf(dataset, 0);
  const counts = (["events", "people", "organizations", "documents", "sources"] as const)
    .map((k) => `${stats.counts[k]} ${plural[k].toLowerCase()}`)
    .join(", ");
  const range =
    stats.dateRange.earliest && stats.dateRange.latest
      ? `\nevents from ${formatDate(stats.dateRange.earliest)} to ${formatDate(stats.dateRange.latest)}`
      : "";
  ctx.io.out(
    `Parley: Vietnam–Russia relations, dataset ${dataset.version} (${origin})\n${counts}${range}\n` +
      "The interactive browser needs a terminal; for scripts see `parley --help` (events, show, search, export, validate).\n",
  );
  return 0;
}
