import type { Disagreement } from "../schema/Disagreement.js";
import { dateBounds } from "../dates/dateBounds.js";
import { dayNumber, isoDay } from "./days.js";
import type { GeneratorContext } from "./GeneratorContext.js";

/**
 * Adds disagreements between sources: about one event in a hundred, on its date (a contradiction) or its emphasis
 * (complementary accounts).
 */
export function buildDisagreements(ctx: GeneratorContext): void {
  const { rng, ids, data } = ctx;
  if (data.sources.length < 2) return;
  for (const event of data.events) {
    if (event.status !== "took-place" || !rng.chance(0.01)) continue;
    const main = event.citations[0]!.source;
    let other = rng.pick(data.sources).id;
    if (other === main) other = data.sources.find((s) => s.id !== main)!.id;
    const bounds = dateBounds(event.date);
    let disagreement: Disagreement;
    if (bounds?.precision === "day" && !bounds.interval && rng.chance(0.7)) {
      const day = dayNumber(event.date);
      const alternative = isoDay(day + (rng.chance(0.5) ? 1 : -1));
      disagreement = {
        id: ids.take(`${event.id}-date-disagreement`),
        targets: [{ record: event.id, path: "date" }],
        question: `On which day did "${event.title}" take place?`,
        nature: "contradiction",
        versions: [
          { value: `took place on ${event.date}`, date: event.date, rank: "preferred", citations: [{ source: main }] },
          {
            value: `took place on ${alternative}`,
            date: alternative,
            rank: rng.chance(0.5) ? "normal" : "deprecated",
            citations: [{ source: other }],
          },
        ],
        reason: "The preferred date is the one given by the report written closest to the event (synthetic).",
      };
    } else {
      disagreement = {
        id: ids.take(`${event.id}-summary-disagreement`),
        targets: [{ record: event.id, path: "summary" }],
        question: `What was "${event.title}" mainly about?`,
        nature: "complementary",
        versions: [
          { value: "mainly about economic ties", rank: "normal", citations: [{ source: main }] },
          { value: "mainly about legislative cooperation", rank: "normal", citations: [{ source: other }] },
        ],
        reason: "The reports stress different parts of the same conversation; both may be right (synthetic).",
      };
    }
    data.disagreements.push(disagreement);
  }
}
