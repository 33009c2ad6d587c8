import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { dataset } from "../../src/dataset.js";
import { Dataset, recordKinds, type RecordKind } from "../../src/schema/Dataset.js";
import { generateDataset } from "../../src/testing/generateDataset.js";
import { compileFastParser, UNSURE, type FastParser } from "../../src/validate/compileFastParser.js";
import { validateDataset } from "../../src/validate/validateDataset.js";
import { texts } from "./helpers.js";

const schemaOf = (kind: RecordKind) => (Dataset.shape[kind] as z.ZodArray).element as z.ZodType;
const parsers: Record<"generated" | "closures", Record<string, FastParser>> = {
  generated: Object.fromEntries(recordKinds.map((kind) => [kind, compileFastParser(schemaOf(kind), "generated")])),
  closures: Object.fromEntries(recordKinds.map((kind) => [kind, compileFastParser(schemaOf(kind), "closures")])),
};

/** The two corpora the mutations start from: the shipped dataset and a small generated one. */
const corpora = { shipped: structuredClone(dataset) as Dataset, generated: generateDataset({ events: 60, seed: 7 }) };

/** Odd values to put where a field was, each one wrong for some field and right for others. */
const ODD_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  Number.NaN,
  Infinity,
  2 ** 60,
  "",
  "x",
  "Not-An-Id",
  "not a date",
  "2023-13-45",
  "2023-02-29",
  "2024-02-29/2024-03",
  "one two three four five six seven eight nine ten eleven twelve thirteen",
  "\uD83D\uDE00",
  "ftp://example.org/",
  "https://example.org/page",
  "vn",
  "took-place",
  true,
  [],
  [{}],
  {},
  { source: "x" },
];

/** Every place inside a value a mutation can aim at: objects with their keys, arrays with their indexes. */
function containers(
  value: unknown,
  out: (Record<string, unknown> | unknown[])[] = [],
): (Record<string, unknown> | unknown[])[] {
  if (value !== null && typeof value === "object") {
    out.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

type Mutation = { kind: "delete" | "replace" | "unknown-key" | "reorder"; target: number; key: number; odd: number };

/** Applies one mutation to a record copy in place; returns a short description for failure messages. */
function mutate(record: unknown, m: Mutation): string {
  const places = containers(record);
  const place = places[m.target % places.length]!;
  const keys = Object.keys(place);
  if (m.kind === "unknown-key") {
    // A named property on an array is not something JSON can hold; the fast parser does not look for one.
    if (Array.isArray(place)) return "leaves an array as it is";
    (place as Record<string, unknown>).surplus = structuredClone(ODD_VALUES[m.odd % ODD_VALUES.length]);
    return "adds an unknown key";
  }
  if (m.kind === "reorder") {
    const entries = Object.entries(place).reverse();
    if (Array.isArray(place)) return "leaves an array as it is";
    for (const key of keys) delete (place as Record<string, unknown>)[key];
    for (const [key, value] of entries) (place as Record<string, unknown>)[key] = value;
    return "reverses the key order";
  }
  if (keys.length === 0) return "finds nothing to change";
  const key = keys[m.key % keys.length]!;
  if (m.kind === "delete") {
    if (Array.isArray(place)) place.splice(Number(key), 1);
    else delete place[key];
    return `deletes ${key}`;
  }
  (place as Record<string, unknown>)[key] = structuredClone(ODD_VALUES[m.odd % ODD_VALUES.length]);
  return `sets ${key} to ${String(ODD_VALUES[m.odd % ODD_VALUES.length])}`;
}

const mutation = fc.record({
  kind: fc.constantFrom("delete", "replace", "unknown-key", "reorder"),
  target: fc.nat(),
  key: fc.nat(),
  odd: fc.nat(),
}) as fc.Arbitrary<Mutation>;

/** Asserts that a fast parser and zod agree on a value: both accept with the same output (keys in the same order), or both reject. */
function expectAgreement(kind: RecordKind, record: unknown, mode: "generated" | "closures"): boolean {
  const expected = schemaOf(kind).safeParse(record);
  const fast = parsers[mode][kind]!(record);
  if (!expected.success) {
    expect(fast).toBe(UNSURE);
    return false;
  }
  expect(fast).not.toBe(UNSURE);
  expect(fast).toStrictEqual(expected.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(expected.data));
  return true;
}

const kindWithRecords = (data: Dataset) => fc.constantFrom(...recordKinds.filter((kind) => data[kind].length > 0));

describe("compileFastParser", () => {
  for (const [name, data] of Object.entries(corpora)) {
    test(`accepts every record of the ${name} dataset with zod's output`, () => {
      for (const kind of recordKinds) {
        for (const record of data[kind]) {
          expectAgreement(kind, record, "generated");
          expectAgreement(kind, record, "closures");
        }
      }
    });

    test(`agrees with zod on every record of the ${name} dataset after a random change`, () => {
      const outcomes = { accepted: 0, rejected: 0 };
      fc.assert(
        fc.property(
          kindWithRecords(data),
          fc.nat(),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          fc.constantFrom("generated", "closures"),
          (kind, at, changes, mode) => {
            const record = structuredClone(data[kind][at % data[kind].length]);
            for (const change of changes) mutate(record, change);
            outcomes[expectAgreement(kind, record, mode as "generated" | "closures") ? "accepted" : "rejected"]++;
          },
        ),
        { numRuns: 1500 },
      );
      // The changes are a real test only if they make both kinds of record.
      expect(outcomes.accepted).toBeGreaterThan(100);
      expect(outcomes.rejected).toBeGreaterThan(100);
    });
  }

  test("fills in defaults the way zod does when defaulted fields are missing", () => {
    const membership = { id: "a-term", person: "someone", post: "some-post" };
    expectAgreement("memberships", membership, "generated");
    expect(parsers.generated.memberships!(membership)).toEqual({ ...membership, acting: false, citations: [] });
  });

  test("returns fresh defaults for each record, never one shared array", () => {
    const a = parsers.generated.topics!({ id: "a", label: "A" }) as { aliases: string[] };
    const b = parsers.generated.topics!({ id: "b", label: "B" }) as { aliases: string[] };
    expect(a.aliases).not.toBe(b.aliases);
  });

  test("reads a deep-frozen record without changing it", () => {
    const record = Object.freeze({ id: "a-topic", label: "A topic" });
    expect(parsers.generated.topics!(record)).toEqual({ id: "a-topic", label: "A topic", aliases: [] });
    expect(record).toEqual({ id: "a-topic", label: "A topic" });
  });

  test("leaves to zod a record whose reading throws", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    expect(parsers.generated.topics!(hostile)).toBe(UNSURE);
    expect(parsers.closures.topics!(hostile)).toBe(UNSURE);
  });

  test("hands schema parts it does not know to zod, with zod's answer", () => {
    const Odd = z.strictObject({
      when: z.iso.date(),
      pair: z.tuple([z.string(), z.number()]),
      either: z.union([z.string(), z.number()]),
    });
    const parse = compileFastParser(Odd);
    expect(parse({ when: "2024-01-02", pair: ["a", 1], either: 3 })).toEqual({
      when: "2024-01-02",
      pair: ["a", 1],
      either: 3,
    });
    expect(parse({ when: "2024-13-02", pair: ["a", 1], either: 3 })).toBe(UNSURE);
  });
});

describe("validateDataset with the fast shape check", () => {
  for (const [name, data] of Object.entries(corpora)) {
    test(`gives the same result as zod alone on the ${name} dataset after random changes`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(kindWithRecords(data), fc.nat(), mutation), { minLength: 1, maxLength: 4 }),
          (changes) => {
            const copy = structuredClone(data);
            for (const [kind, at, change] of changes) mutate(copy[kind][at % copy[kind].length], change);
            const options = name === "shipped" ? { texts } : {};
            const fast = validateDataset(copy, options);
            const slow = validateDataset(copy, { ...options, zodOnly: true });
            expect(fast).toStrictEqual(slow);
            expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
          },
        ),
        { numRuns: 60 },
      );
    });

    test(`gives the same dataset as zod alone on the unchanged ${name} dataset`, () => {
      const copy = structuredClone(data);
      const fast = validateDataset(copy);
      const slow = validateDataset(copy, { zodOnly: true });
      expect(fast).toStrictEqual(slow);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
    });
  }
});
