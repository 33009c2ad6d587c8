/**
 * The text of `JSON.stringify(items, null, indent)`, in pieces of `batch` items each, so a large array can be
 * written without ever holding its whole text. Joined, the pieces equal that text exactly.
 */
export function* jsonArrayPieces(items: Iterable<unknown>, indent = 0, batch = 256): Generator<string> {
  // A batch stringified as an array of its own is indented exactly as inside the whole array (its items sit one
  // level deep either way): only its brackets, and the line breaks beside them, come off.
  const open = indent > 0 ? "[\n" : "[";
  const close = indent > 0 ? "\n]" : "]";
  const separator = indent > 0 ? ",\n" : ",";
  const inner = (list: unknown[]) => JSON.stringify(list, null, indent).slice(open.length, -close.length);
  let pending: unknown[] = [];
  let first = true;
  for (const item of items) {
    pending.push(item);
    if (pending.length < batch) continue;
    yield `${first ? open : separator}${inner(pending)}`;
    first = false;
    pending = [];
  }
  if (pending.length > 0) {
    yield `${first ? open : separator}${inner(pending)}${close}`;
    first = false;
  } else if (!first) yield close;
  if (first) yield "[]";
}
