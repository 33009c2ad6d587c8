import { describe, expect, test } from "vitest";
import { dateBounds } from "../../src/dates/dateBounds.js";
import { recordKinds } from "../../src/schema/Dataset.js";
import { Id } from "../../src/schema/Id.js";
import { generateDataset } from "../../src/testing/index.js";
import { validateDataset } from "../../src/validate/validateDataset.js";

const sizes = [1, 10, 200, 2000] as const;
const datasets = new Map(sizes.map((n) => [n, generateDataset({ events: n, seed: 42 })]));

describe("generateDataset", () => {
  test.each(sizes)("a dataset of %i events passes validateDataset with zero issues", (n) => {
    const result = validateDataset(JSON.parse(JSON.stringify(datasets.get(n))));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test("several seeds at an odd size all validate with zero issues", () => {
    for (const seed of [2, 3, 999, -5]) {
      const result = validateDataset(generateDataset({ events: 333, seed }));
      expect(result.issues, `seed ${seed}`).toEqual([]);
    }
  });

  test.each(sizes)("it makes exactly %i events", (n) => {
    expect(datasets.get(n)!.events).toHaveLength(n);
  });

  test("its output already has every default filled in, so it equals its own validated form", () => {
    const data = datasets.get(200)!;
    const result = validateDataset(JSON.parse(JSON.stringify(data)));
    expect(result.dataset).toStrictEqual(data);
  });

  test("the same seed gives identical output", () => {
    expect(JSON.stringify(generateDataset({ events: 500, seed: 7 }))).toBe(
      JSON.stringify(generateDataset({ events: 500, seed: 7 })),
    );
  });

  test("different seeds give different datasets", () => {
    const a = generateDataset({ events: 500, seed: 7 });
    const b = generateDataset({ events: 500, seed: 8 });
    expect(a.events.map((e) => e.id)).not.toEqual(b.events.map((e) => e.id));
    expect(a.people.map((p) => p.name)).not.toEqual(b.people.map((p) => p.name));
  });

  test("ids are slugs and unique across the whole dataset", () => {
    const data = datasets.get(2000)!;
    const ids = recordKinds.flatMap((kind) => data[kind].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Id.safeParse(id).success, id).toBe(true);
  });

  test("people have native names in Vietnamese diacritics or Cyrillic, and cited other spellings", () => {
    const data = datasets.get(2000)!;
    const vietnamese = data.people.filter((p) => p.nativeName?.lang === "vi");
    const russian = data.people.filter((p) => p.nativeName?.lang === "ru");
    expect(vietnamese.length).toBeGreaterThan(10);
    expect(russian.length).toBeGreaterThan(10);
    expect(
      vietnamese.some((p) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(p.nativeName!.name)),
    ).toBe(true);
    for (const p of russian) expect(p.nativeName!.name).toMatch(/^[\p{Script=Cyrillic} ]+$/u);
    expect(data.people.every((p) => p.otherNames.length > 0 && p.otherNames.every((n) => n.citations.length > 0))).toBe(
      true,
    );
  });

  test("single-holder posts have chains of several terms, handed over on a day or re-elected", () => {
    const data = datasets.get(2000)!;
    const chairs = data.memberships
      .filter((m) => m.post === "chairman-of-the-national-assembly")
      .sort((a, b) =>
        dateBounds(a.start ?? a.firstSeen!)!.earliest! < dateBounds(b.start ?? b.firstSeen!)!.earliest! ? -1 : 1,
      );
    expect(chairs.length).toBeGreaterThan(3);
    expect(chairs.at(-1)!.end).toBeUndefined();
    for (let i = 1; i < chairs.length; i++) {
      expect(dateBounds(chairs[i]!.start!)!.earliest!.slice(0, 7)).toBe(
        dateBounds(chairs[i - 1]!.end!)!.earliest!.slice(0, 7),
      );
    }
    expect(data.posts.some((p) => !p.singleHolder)).toBe(true);
  });

  test("it mixes date precisions: days, spans of days, months, years and approximate months", () => {
    const kinds = new Set(
      datasets.get(2000)!.events.map((e) => {
        const b = dateBounds(e.date)!;
        return `${b.precision}${b.interval ? "/" : ""}${b.approximate ? "~" : ""}`;
      }),
    );
    for (const kind of ["day", "day/", "month", "year", "month~"]) expect(kinds).toContain(kind);
  });

  test("visits contain child meetings and committee sessions are numbered from 1 in date order", () => {
    const data = datasets.get(2000)!;
    const parents = new Set(data.events.flatMap((e) => (e.parent ? [e.parent] : [])));
    expect(parents.size).toBeGreaterThan(50);
    const sessions = data.events.filter((e) => e.series === "vietnam-russia-inter-parliamentary-cooperation-committee");
    expect(sessions.map((e) => e.sequence)).toEqual(sessions.map((_, i) => i + 1));
  });

  test("it includes documents, statements, disagreements, cities with venues and a topic hierarchy", () => {
    const data = datasets.get(2000)!;
    expect(data.documents.length).toBeGreaterThan(0);
    expect(data.statements.length).toBeGreaterThan(0);
    expect(data.disagreements.length).toBeGreaterThan(0);
    expect(data.places.some((p) => p.kind === "venue" && p.within)).toBe(true);
    expect(data.topics.some((t) => t.parent)).toBe(true);
    expect(data.sources.every((s) => s.publisher !== null)).toBe(true);
  });

  test("it scales supporting records with the number of events", () => {
    const small = datasets.get(200)!;
    const large = datasets.get(2000)!;
    expect(large.people.length).toBeGreaterThan(small.people.length);
    expect(large.sources.length).toBeGreaterThan(small.sources.length * 5);
  });

  test("it rejects a size that is not a positive whole number with a clear message", () => {
    expect(() => generateDataset({ events: 0 })).toThrow(
      "generateDataset: events must be a positive whole number, got 0",
    );
    expect(() => generateDataset({ events: 2.5 })).toThrow(/positive whole number/);
    expect(() => generateDataset({ events: 10, until: "2025-13-40" })).toThrow(/until must be a day/);
  });
});
