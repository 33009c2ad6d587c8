/**
 * `@parley/core/search`: loads and queries a prebuilt search index, for browsers. It holds no schema, no dataset and
 * no transliteration tables of its own (the index carries those it needs); build the index with `createSearchIndex`
 * from the main entry. `plainDateBounds` reads the dates hits carry (plain forms only, no EDTF library); the label
 * tables name the kinds hits belong to.
 */
export * from "./search/savedIndexExports.js";
export * from "./labels/index.js";
export { fold } from "./text/fold.js";
export { plainDateBounds } from "./dates/readDateBounds.js";
export type { DateBounds, Precision } from "./dates/readDateBounds.js";
export { formatDaySpan } from "./dates/formatDaySpan.js";
export type { MonthStyle } from "./dates/formatDaySpan.js";
