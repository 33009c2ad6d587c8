export type * from "./Parley.js";
export { createParley } from "./createParley.js";
export { createParleyInSlices } from "./createParleyInSlices.js";
export { compareDateKeys, eventsInDateOrder } from "./eventsInDateOrder.js";
export type { DateKey } from "./eventsInDateOrder.js";
export { textFragmentUrl } from "./textFragmentUrl.js";
