import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import type { Dataset } from "../../src/schema/Dataset.js";
import { generateDataset } from "../../src/testing/generateDataset.js";
import { checkProvenance } from "../../src/validate/checkProvenance.js";
import { checkReferences } from "../../src/validate/checkReferences.js";
import { checkShape } from "../../src/validate/checkShape.js";
import { checkTime } from "../../src/validate/checkTime.js";
import { texts } from "./helpers.js";
import { checkProvenance as previousProvenance } from "./previous/checkProvenance.js";
import { checkReferences as previousReferences } from "./previous/checkReferences.js";
import { checkTime as previousTime } from "./previous/checkTime.js";

// The reference, time and provenance layers were rewritten for speed; the versions before that are kept in
// ./previous as the oracle: on any dataset, old and new must report the same issues and notices, in the same order.

const corpora = { shipped: structuredClone(dataset) as Dataset, generated: generateDataset({ events: 80, seed: 11 }) };

/** Every object or array inside a value, each with the key it sits under, and every value found under each key name. */
function survey(value: unknown, under = "", places: { place: Record<string, unknown> | unknown[]; under: string }[] = [], byKey = new Map<string, unknown[]>()) {
  if (value !== null && typeof value === "object") {
    places.push({ place: value as Record<string, unknown>, under });
    for (const [key, child] of Object.entries(value)) {
      const name = Array.isArray(value) ? under : key;
      if (typeof child === "string" || typeof child === "number") {
        const list = byKey.get(name) ?? [];
        list.push(child);
        byKey.set(name, list);
      }
      survey(child, name, places, byKey);
    }
  }
  return { places, byKey };
}

type Change = { place: number; key: number; pick: number; how: "swap" | "remove" | "loop" };
const change = fc.record({ place: fc.nat(), key: fc.nat(), pick: fc.nat(), how: fc.constantFrom("swap", "swap", "remove", "loop") }) as fc.Arbitrary<Change>;
const PARENTS = [["events", "parent"], ["organizations", "parent"], ["topics", "parent"], ["places", "within"]] as const;

/** Puts a value found under the same key elsewhere (another id, date, number) where a value was, removes one, or makes two records each other's parent. */
function apply(data: Dataset, c: Change): void {
  if (c.how === "loop") {
    const [kind, key] = PARENTS[c.key % PARENTS.length]!;
    const records = data[kind] as unknown as Record<string, unknown>[];
    if (records.length < 2) return;
    const a = records[c.place % records.length]!;
    const b = records[c.pick % records.length]!;
    a[key] = b.id;
    b[key] = a.id;
    return;
  }
  const { places, byKey } = survey(data);
  const { place } = places[c.place % places.length]!;
  const keys = Object.keys(place);
  if (keys.length === 0) return;
  const key = keys[c.key % keys.length]!;
  const name = Array.isArray(place) ? places[c.place % places.length]!.under : key;
  const pool = byKey.get(name) ?? [];
  if (c.how === "remove" && !Array.isArray(place)) delete (place as Record<string, unknown>)[key];
  else if (pool.length > 0) (place as Record<string, unknown>)[key] = pool[c.pick % pool.length];
}

describe("the reference, time and provenance layers", () => {
  for (const [name, data] of Object.entries(corpora)) {
    test(`report what their previous versions reported on the ${name} dataset after random changes`, () => {
      let found = 0;
      fc.assert(
        fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), (changes) => {
          const copy = structuredClone(data);
          for (const c of changes) apply(copy, c);
          const shape = checkShape(copy);
          if ("fatal" in shape) return;
          const sourceTexts = name === "shipped" ? texts : new Map<string, string>();
          const now = { references: checkReferences(shape.partial, shape.seenIds), time: checkTime(shape.partial), provenance: checkProvenance(shape.partial, sourceTexts) };
          const before = { references: previousReferences(shape.partial, shape.seenIds), time: previousTime(shape.partial), provenance: previousProvenance(shape.partial, sourceTexts) };
          expect(now).toStrictEqual(before);
          found += now.references.length + now.time.length;
        }),
        { numRuns: 150 },
      );
      // Only a test if the changes broke references and dates often enough.
      expect(found).toBeGreaterThan(50);
    });
  }
});
