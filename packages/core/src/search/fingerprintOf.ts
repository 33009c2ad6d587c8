import type { SearchData } from "./searchEntries.js";

/** A short, stable digest of search data, so an index is only ever loaded against the data it was built from. */
export function fingerprintOf({ records, named, titled, described }: SearchData): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash = Math.imul(hash ^ 0xffff, 0x01000193); // a separator, so "ab"+"c" and "a"+"bc" differ
  };
  for (let i = 0; i < records.ids.length; i++) {
    const parent = records.parents[i];
    for (const text of [
      records.kinds[i]!,
      records.ids[i]!,
      records.labels[i]!,
      records.langs[i]!,
      records.dates[i] ?? "",
      parent ? `${parent.kind}:${parent.id}` : "",
    ])
      feed(text);
  }
  let count = 0;
  for (const part of [named, titled, described]) {
    for (let i = 0; i < part.records.length; i++) {
      feed(String(part.records[i]));
      // A title is its record's label, hashed already.
      for (const spelling of part.spellings[i]!) if (spelling !== records.labels[part.records[i]!]) feed(spelling);
      feed(part.context[i]!);
      count++;
    }
  }
  return `${count}-${(hash >>> 0).toString(16).padStart(8, "0")}`;
}
