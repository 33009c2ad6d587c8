import type { Dataset, Parley } from "@parley/core";

const noted = new WeakMap<Parley, Dataset>();

/** Notes the validated dataset a `Parley` answers for, as the loader holds it; returns the same `Parley`. */
export function withDataset(parley: Parley, dataset: Dataset): Parley {
  noted.set(parley, dataset);
  return parley;
}

/**
 * The dataset a `Parley` answers for: the one noted with `withDataset`, else `parley.dataset` (which deep-freezes the
 * whole dataset first, a moment at 100,000 events).
 */
export function datasetBehind(parley: Parley): Dataset {
  return noted.get(parley) ?? (parley.dataset as Dataset);
}
