/**
 * `@parley/core/curate`: merging a reviewed draft into a dataset and diffing two datasets, record by record. Its own
 * entry, so pages and commands that do not curate never load it.
 */
export * from "./curate/index.js";
