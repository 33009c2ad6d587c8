import { dataset } from "../dataset.js";
import { createParley } from "../query/createParley.js";
import type { Parley } from "../query/Parley.js";

/** The queries over the shipped dataset: `parley.holderOf(…)`, `parley.timeline(…)`, every method of `Parley`. */
export const parley: Parley = createParley(dataset);
