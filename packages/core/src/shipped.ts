/**
 * `@parley/core/shipped`: the dataset Parley ships, with the queries and the search over it. The main entry works on
 * any dataset (`createParley`, `createSearchIndex`); this one holds the shipped data (shape-checked when the package
 * is built, frozen at import), so pages and tools that bring their own data never load it.
 */
export { dataset } from "./dataset.js";
export { parley } from "./shipped/parley.js";
export { search, searchIndex } from "./search/shippedSearch.js";
