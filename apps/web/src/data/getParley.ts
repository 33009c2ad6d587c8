import { createParley, type Dataset, type Parley } from "@parley/core";
import { loadDataset } from "./loadDataset";

let dataset: Dataset | undefined;
let parley: Parley | undefined;

/** The dataset the site is built from (shipped, or `PARLEY_DATASET`), loaded and validated once per build worker. */
export function getDataset(): Dataset {
  dataset ??= loadDataset();
  return dataset;
}

/** The queries over that dataset, created once per build worker. */
export function getParley(): Parley {
  parley ??= createParley(getDataset());
  return parley;
}
