/** How many rows an index page shows before it continues on a next page. */
export const INDEX_PAGE_SIZE = 100;

/** One page of a list: its items, and how many pages the list has; null for a page number outside the list. */
export function paginate<T>(
  items: readonly T[],
  page: number,
  size = INDEX_PAGE_SIZE,
): { items: readonly T[]; pages: number } | null {
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  return { items: items.slice((page - 1) * size, page * size), pages };
}
