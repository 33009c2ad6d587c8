import type { Dataset } from "../schema/Dataset.js";
import { buildDisagreements } from "./buildDisagreements.js";
import { buildEvents } from "./buildEvents.js";
import { buildOffices } from "./buildOffices.js";
import { buildWorld } from "./buildWorld.js";
import { createRandom } from "./createRandom.js";
import { dayNumber } from "./days.js";
import { fillCitations } from "./fillCitations.js";
import type { GeneratorContext } from "./GeneratorContext.js";
import { pruneUnused } from "./pruneUnused.js";
import { SyntheticIds } from "./syntheticIds.js";

/** Options for `generateDataset`. */
export interface GenerateDatasetOptions {
  /** How many events to make (a positive whole number). */
  events: number;
  /** Seed of the pseudo-random sequence; the same seed and size always give the same dataset. Default 1. */
  seed?: number;
  /** The last day events fall on (`YYYY-MM-DD`); the period reaches back up to 31 years. Default `2025-12-31`. */
  until?: string;
}

/**
 * A synthetic dataset with the given number of events that passes `validateDataset` with zero issues:
 * Vietnamese and Russian legislators with native names and other spellings, single-holder posts with
 * chains of terms, visits with meetings inside their dates, numbered sessions, cities and venues,
 * a topic hierarchy, sources published after the events they report, and a few disagreements.
 * Deterministic for a seed. Not real data: every name and report is made up.
 */
export function generateDataset(options: GenerateDatasetOptions): Dataset {
  const { events, seed = 1, until = "2025-12-31" } = options;
  if (!Number.isInteger(events) || events < 1)
    throw new RangeError(`generateDataset: events must be a positive whole number, got ${String(events)}`);
  if (!Number.isInteger(seed))
    throw new RangeError(`generateDataset: seed must be a whole number, got ${String(seed)}`);
  const lastDay = dayNumber(until);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(lastDay))
    throw new RangeError(`generateDataset: until must be a day like 2025-12-31, got ${until}`);
  const years = Math.max(3, Math.min(31, Math.ceil(events / 40)));

  const ctx: GeneratorContext = {
    rng: createRandom(seed),
    ids: new SyntheticIds(),
    size: events,
    firstDay: lastDay - Math.round(years * 365.25) + 1,
    lastDay,
    data: {
      version: `1.0.0-synthetic.${Math.abs(seed)}`,
      citation:
        `Synthetic Parley dataset (seed ${seed}, ${events} events), generated for tests and benchmarks. ` +
        `Not real data: every name, event and report in it is made up.`,
      license: "CC0-1.0",
      people: [],
      organizations: [],
      posts: [],
      memberships: [],
      events: [],
      documents: [],
      statements: [],
      topics: [],
      places: [],
      countries: [],
      sources: [],
      disagreements: [],
      redirects: [],
    },
    pending: [],
  };
  const world = buildWorld(ctx);
  const offices = buildOffices(ctx, world);
  buildEvents(ctx, world, offices);
  fillCitations(ctx);
  buildDisagreements(ctx);
  pruneUnused(ctx.data);
  return ctx.data;
}
