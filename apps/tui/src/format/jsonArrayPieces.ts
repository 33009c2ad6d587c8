/**
 * The text of `JSON.stringify(items, null, indent)`, in pieces of about `size` characters that end between items,
 * so a large array can be written without ever holding its whole text. Joined, the pieces equal that text exactly.
 */
export function* jsonArrayPieces(items: Iterable<unknown>, indent = 0, size = 1 << 16): Generator<string> {
  const pad = " ".repeat(indent);
  const separator = indent > 0 ? `,\n${pad}` : ",";
  let piece = "";
  let first = true;
  for (const item of items) {
    // Inside an indented array every line of an item moves in one step; JSON strings hold no raw newlines.
    const text = (indent > 0 ? JSON.stringify(item, null, indent)?.replaceAll("\n", `\n${pad}`) : JSON.stringify(item)) ?? "null";
    piece += first ? (indent > 0 ? `[\n${pad}${text}` : `[${text}`) : `${separator}${text}`;
    first = false;
    if (piece.length >= size) {
      yield piece;
      piece = "";
    }
  }
  yield first ? "[]" : `${piece}${indent > 0 ? "\n]" : "]"}`;
}
