import type { Citation } from "../schema/Citation.js";
import type { Dataset } from "../schema/Dataset.js";
import type { Random } from "./createRandom.js";
import type { SyntheticIds } from "./syntheticIds.js";

/** The two sides of every synthetic relation. */
export type Side = "vn" | "ru";

/** The other side. */
export const otherSide = (side: Side): Side => (side === "vn" ? "ru" : "vn");

/** State shared by the generator's steps while one dataset is built. */
export interface GeneratorContext {
  rng: Random;
  ids: SyntheticIds;
  /** How many events to make. */
  size: number;
  /** First and last day numbers of the period events fall in. */
  firstDay: number;
  lastDay: number;
  /** The dataset being filled in, array by array. */
  data: Dataset;
  /** Citation lists to fill once sources exist, with the day the cited fact is about (null: any source). */
  pending: { list: Citation[]; day: number | null }[];
}

/** Scales a count with the dataset size: `per` events per record, within [min, max]. */
export function scaled(ctx: GeneratorContext, per: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.floor(ctx.size / per)));
}
