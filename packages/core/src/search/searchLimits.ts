/** How many hits a search returns when the caller names no limit. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** How many hits a full results page lists (the web's search page, the terminal's search screen). */
export const RESULTS_PAGE_LIMIT = 200;
