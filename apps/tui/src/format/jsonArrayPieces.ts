/**
 * How long a piece of output aims to be, in characters. Pieces this small are allocated by V8 as young, short-lived
 * strings; a piece of a few hundred kilobytes goes to the large-object space instead, which is part of the old
 * generation: with a large dataset such pieces made the collector mark the whole dataset again and again.
 */
export const PIECE_CHARS = 1 << 15;

/** Items per piece: a fixed count, or as many as make about `chars` characters (the count adapts as it goes). */
export type PieceSize = number | { chars: number };

/**
 * The text of `JSON.stringify(items, null, indent)`, in pieces of whole items, so a large array can be written
 * without ever holding its whole text. Joined, the pieces equal that text exactly.
 */
export function* jsonArrayPieces(
  items: Iterable<unknown>,
  indent = 0,
  size: PieceSize = { chars: PIECE_CHARS },
): Generator<string> {
  // A batch stringified as an array of its own is indented exactly as inside the whole array (its items sit one
  // level deep either way): only its brackets, and the line breaks beside them, come off.
  const open = indent > 0 ? "[\n" : "[";
  const close = indent > 0 ? "\n]" : "]";
  const separator = indent > 0 ? ",\n" : ",";
  const inner = (list: unknown[]) => JSON.stringify(list, null, indent).slice(open.length, -close.length);
  let batch = typeof size === "number" ? Math.max(1, Math.floor(size)) : 16;
  const next = (text: string, count: number) => {
    if (typeof size === "number" || text.length === 0) return batch;
    return Math.min(4096, Math.max(1, Math.floor((count * size.chars) / text.length)));
  };
  let pending: unknown[] = [];
  let first = true;
  for (const item of items) {
    pending.push(item);
    if (pending.length < batch) continue;
    const text = inner(pending);
    yield `${first ? open : separator}${text}`;
    batch = next(text, pending.length);
    first = false;
    pending = [];
  }
  if (pending.length > 0) {
    yield `${first ? open : separator}${inner(pending)}${close}`;
    first = false;
  } else if (!first) yield close;
  if (first) yield "[]";
}
