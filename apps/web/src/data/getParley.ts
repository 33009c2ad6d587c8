import { createParley, type Parley } from "@parley/core";
import { loadDataset } from "./loadDataset";

let shared: Parley | undefined;

/** The queries over the dataset the site is built from, created once per build worker. */
export function getParley(): Parley {
  shared ??= createParley(loadDataset());
  return shared;
}
