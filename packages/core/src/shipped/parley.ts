import { dataset } from "../dataset.js";
import { createParley } from "../query/createParley.js";
import type { Parley } from "../query/Parley.js";

/**
 * The queries over the shipped dataset: `parley.holderOf(…)`, `parley.timeline(…)`, every method of `Parley`. Built at
 * import; marked pure so a bundle that takes only `dataset` from the shipped entry leaves it out.
 */
export const parley: Parley = /* @__PURE__ */ createParley(dataset);
