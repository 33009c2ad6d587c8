// The shipped dataset's module parses and freezes its records when imported, which `--help`, `--version` and every
// `--data` run would pay for if it were imported statically; it is loaded by `loadShippedDataset` when a command or
// the interface is about to use it.
import type { Dataset } from "@parley/core";
import { mark } from "../process/profile.js";

let shipped: Dataset | undefined;

/** Loads the shipped dataset, once; later calls settle at once. */
export async function loadShippedDataset(): Promise<Dataset> {
  if (shipped === undefined) {
    shipped = (await import("@parley/core/shipped")).dataset;
    mark("shipped-loaded");
  }
  return shipped;
}

/** The shipped dataset; throws if `loadShippedDataset` has not settled yet (a mistake in the caller, not in the data). */
export function shippedDataset(): Dataset {
  if (shipped === undefined) throw new Error("the shipped dataset was used before loadShippedDataset() settled");
  return shipped;
}
