import type { ReactNode } from "react";

/** An item `Joined` can key by itself: an id, or a record with one. */
type Keyed = string | { readonly id: string };

/** Where `Joined` gets each item's React key: from the item when it is keyed, else from `keyOf`. */
type KeyOption<T> = [T] extends [Keyed] ? { keyOf?: (item: T) => string } : { keyOf: (item: T) => string };

/** The React key of an id or of a record. */
function keyOfItem(item: unknown): string {
  return typeof item === "string" ? item : (item as { id: string }).id;
}

/** Items shown inline, one after another with a separator between them (a comma unless told otherwise). */
export function Joined<T>({
  items,
  separator = ", ",
  keyOf = keyOfItem,
  children,
}: { items: readonly T[]; separator?: string; children: (item: T) => ReactNode } & KeyOption<T>) {
  return (
    <>
      {items.map((item, i) => (
        <span key={keyOf(item)}>
          {i > 0 ? separator : null}
          {children(item)}
        </span>
      ))}
    </>
  );
}
