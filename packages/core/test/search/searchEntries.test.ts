import { describe, expect, test } from "vitest";
import { createSearchIndex } from "../../src/search/createSearchIndex.js";
import { searchEntries } from "../../src/search/searchEntries.js";
import { smallDataset } from "../fixtures/smallDataset.js";

const data = smallDataset();
const index = createSearchIndex(data);
const entries = searchEntries(data);
const recordOf = (id: string) => entries.records.ids.indexOf(id);

describe("statements, terms of office and disagreements in search", () => {
  test("a statement is found by its summary, labelled with its speaker, dated by its event and shown with it", () => {
    const hit = index.search("joint oil and gas projects", { kinds: ["statements"] })[0];
    expect(hit).toMatchObject({
      kind: "statements",
      id: "fixture-volodin-on-oil-and-gas",
      label: "Vyacheslav Volodin: Fixture position on joint oil and gas projects.",
      parent: { kind: "events", id: "fixture-hue-volodin-talks-2023" },
    });
    expect(hit?.date).toBe(data.events.find((e) => e.id === "fixture-hue-volodin-talks-2023")?.date);
  });

  test("a statement is found by its speaker's name, in either script", () => {
    expect(index.search("volodin", { kinds: ["statements"] }).map((h) => h.id)).toEqual([
      "fixture-volodin-on-oil-and-gas",
    ]);
    expect(index.search("Выонг Динь Хюэ", { kinds: ["statements"] }).map((h) => h.id)).toEqual([
      "fixture-hue-on-energy",
    ]);
    expect(index.search("Вячеслав Володин", { kinds: ["statements"] }).map((h) => h.id)).toEqual([
      "fixture-volodin-on-oil-and-gas",
    ]);
  });

  test("a term of office is found by its holder and office, labelled with both and its years, and shown with its holder", () => {
    const hits = index.search("volodin chairman", { kinds: ["memberships"] });
    expect(hits[0]).toMatchObject({
      kind: "memberships",
      id: "volodin-chairman-2016",
      label: "Vyacheslav Volodin, Chairman of the State Duma (2016–)",
      parent: { kind: "people", id: "vyacheslav-volodin" },
    });
    expect(hits[0]?.date).toBeUndefined();
  });

  test("a term of office is found by another label of its office", () => {
    expect(index.search("speaker of the state duma", { kinds: ["memberships"] })[0]?.id).toBe("volodin-chairman-2016");
  });

  test("a term's label gives both years when it has ended, and the year first seen when its start is unknown", () => {
    expect(entries.records.labels[recordOf("phuc-president-2021")]).toBe(
      "Nguyen Xuan Phuc, President of Vietnam (2021–2023)",
    );
    expect(entries.records.labels[recordOf("volodin-deputy-seen-2023")]).toMatch(/, .+ \(2023–\)$/);
  });

  test("a disagreement is found by its question and shown with the record it is about", () => {
    expect(index.search("which day did the visit begin", { kinds: ["disagreements"] })[0]).toMatchObject({
      kind: "disagreements",
      id: "fixture-visit-start-date",
      label: "On which day did the visit begin?",
      parent: { kind: "events", id: "fixture-hue-official-visit-to-russia-2023" },
    });
  });

  test("a disagreement is found by the versions it keeps", () => {
    expect(index.search("10 September", { kinds: ["disagreements"] }).map((h) => h.id)).toContain(
      "fixture-visit-start-date",
    );
  });

  test("an event hit carries its date, and a person hit neither a date nor a parent", () => {
    const event = data.events[0]!;
    expect(index.search(event.title, { kinds: ["events"] })[0]).toMatchObject({ id: event.id, date: event.date });
    const person = index.search("volodin", { kinds: ["people"] })[0];
    expect(person).not.toHaveProperty("date");
    expect(person).not.toHaveProperty("parent");
  });

  test("descriptions rank below the person a query names", () => {
    const hits = index.search("volodin");
    expect(hits[0]?.id).toBe("vyacheslav-volodin");
    expect(hits.map((h) => h.kind)).toEqual(expect.arrayContaining(["statements", "memberships"]));
  });

  test("every record of every kind is searchable", () => {
    for (const kind of [
      "people",
      "organizations",
      "posts",
      "topics",
      "places",
      "countries",
      "events",
      "documents",
      "sources",
      "statements",
      "memberships",
      "disagreements",
    ] as const) {
      expect(
        entries.records.kinds.filter((k) => k === kind),
        kind,
      ).toHaveLength(data[kind].length);
    }
  });
});
