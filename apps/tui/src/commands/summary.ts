import { originIn } from "../dataset/openDataset.js";
import { formatDate } from "../format/date.js";
import { messagesFor } from "../i18n/messagesFor.js";
import { homeFactsOf } from "../rows/homeFacts.js";
import type { Context } from "./context.js";

/** What `parley` prints without a terminal to browse in: the dataset's key numbers and where to go next. */
export async function summaryCommand(ctx: Context): Promise<number> {
  const { dataset, origin } = await ctx.data();
  const { language } = ctx;
  const m = messagesFor(language);
  const t = m.commands.summary;
  // The same counts and date span as core's stats(), without building its indexes.
  const stats = homeFactsOf(dataset, 0);
  const counts = (["events", "people", "organizations", "documents", "sources"] as const)
    .map((k) => m.kindCount[k](stats.counts[k]))
    .join(", ");
  const { earliest, latest } = stats.dateRange;
  const range = earliest && latest ? `\n${t.range(formatDate(earliest, language), formatDate(latest, language))}` : "";
  ctx.io.out(`${t.heading(dataset.version, originIn(origin, language))}\n${counts}${range}\n${t.next}\n`);
  return 0;
}
