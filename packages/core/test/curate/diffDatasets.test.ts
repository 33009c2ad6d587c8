import { describe, expect, test } from "vitest";
import { diffDatasets } from "../../src/curate/diffDatasets.js";
import { dataset } from "../../src/dataset.js";
import type { Dataset } from "../../src/schema/Dataset.js";

/** A copy of the shipped dataset to change. */
const copy = (): Dataset => structuredClone(dataset) as Dataset;

describe("diffDatasets", () => {
  test("finds no change between a dataset and its copy", () => {
    expect(diffDatasets(dataset, copy())).toEqual({ meta: [], records: [] });
  });

  test("pairs records by id, so reordering an array is no change", () => {
    const after = copy();
    after.events.reverse();
    after.people.reverse();
    expect(diffDatasets(dataset, after).records).toEqual([]);
  });

  test("reports an added record with the record, and a deleted one with what it was", () => {
    const after = copy();
    const removed = after.topics.shift()!;
    const added = { ...structuredClone(removed), id: "a-new-topic" };
    after.topics.push(added);
    expect(diffDatasets(dataset, after).records).toEqual([
      { op: "ADD", kind: "topics", id: "a-new-topic", record: added },
      { op: "DEL", kind: "topics", id: removed.id, record: removed },
    ]);
  });

  test("names each changed field of a modified record by its path, with old and new values", () => {
    const after = copy();
    const event = after.events[0]!;
    const before = dataset.events[0]!;
    event.title = "A new title";
    event.participants[0]!.role = event.participants[0]!.role === "host" ? "guest" : "host";
    event.citations.push({ source: "some-source", fragment: "verbatim words" });
    const [change, ...rest] = diffDatasets(dataset, after).records;
    expect(rest).toEqual([]);
    expect(change).toEqual({
      op: "MOD",
      kind: "events",
      id: event.id,
      fields: [
        { path: "title", old: before.title, new: "A new title" },
        { path: "participants[0].role", old: before.participants[0]!.role, new: event.participants[0]!.role },
        {
          path: `citations[${before.citations.length}]`,
          new: { source: "some-source", fragment: "verbatim words" },
        },
      ],
    });
  });

  test("reports a removed optional field with its old value only", () => {
    const after = copy();
    const index = after.events.findIndex((e) => typeof e.place === "string");
    const before = dataset.events[index]!;
    delete after.events[index]!.place;
    expect(diffDatasets(dataset, after).records).toEqual([
      { op: "MOD", kind: "events", id: before.id, fields: [{ path: "place", old: before.place }] },
    ]);
  });

  test("lists changes kind by kind in the dataset's display order", () => {
    const after = copy();
    after.sources[0]!.title = "Changed";
    after.people[0]!.id = "renamed-person";
    after.events[0]!.summary = "Changed";
    const changes = diffDatasets(dataset, after).records.map((c) => `${c.op} ${c.kind} ${c.id}`);
    expect(changes).toEqual([
      `MOD events ${dataset.events[0]!.id}`,
      "ADD people renamed-person",
      `DEL people ${dataset.people[0]!.id}`,
      `MOD sources ${dataset.sources[0]!.id}`,
    ]);
  });

  test("reports the dataset's own fields apart from its records", () => {
    const after = copy();
    after.version = "9.9.9";
    expect(diffDatasets(dataset, after)).toEqual({
      meta: [{ path: "version", old: dataset.version, new: "9.9.9" }],
      records: [],
    });
  });
});
