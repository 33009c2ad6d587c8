import type { ReactNode } from "react";

/** A headed list of records on a record page (its documents, statements, offices…), left out when there are none. */
export function ListSection<T extends { id: string }>({
  id,
  title,
  items,
  itemId,
  children,
}: {
  /** The heading's id, for links to the section. */
  id: string;
  title: string;
  items: readonly T[];
  /** An id for an item's list entry, when other parts of the page link to it. */
  itemId?: (item: T) => string;
  /** What one item shows. */
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <>
      <h2 id={id}>{title}</h2>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id} id={itemId?.(item)}>
            {children(item)}
          </li>
        ))}
      </ul>
    </>
  );
}
