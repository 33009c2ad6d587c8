/** The fields that hold free text in our words, where links to other records may be written. */
export const freeTextFields: ReadonlySet<string> = new Set([
  "summary",
  "note",
  "reason",
  "question",
  "value",
  "description",
  "disambiguation",
]);

/**
 * Visits every free-text field anywhere inside a record with its path inside the record. The path is one list reused
 * while walking: copy it to keep it.
 */
export function forEachFreeText(
  record: unknown,
  visit: (text: string, path: readonly (string | number)[]) => void,
): void {
  const path: (string | number)[] = [];
  const walk = (value: object): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === null || typeof item !== "object") continue;
        path.push(i);
        walk(item);
        path.pop();
      }
      return;
    }
    for (const key in value) {
      const inner: unknown = (value as Record<string, unknown>)[key];
      if (typeof inner === "string") {
        if (!freeTextFields.has(key)) continue;
        path.push(key);
        visit(inner, path);
        path.pop();
      } else if (inner !== null && typeof inner === "object") {
        path.push(key);
        walk(inner);
        path.pop();
      }
    }
  };
  if (record !== null && typeof record === "object") walk(record);
}
