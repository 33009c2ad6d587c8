import { describe, expect, test } from "vitest";
import type { Dataset } from "../../src/schema/Dataset.js";
import { createSearchIndex } from "../../src/search/createSearchIndex.js";
import { loadSearchIndex } from "../../src/search/loadSearchIndex.js";
import { smallDataset } from "../fixtures/smallDataset.js";

const data = smallDataset();
const index = createSearchIndex(data);
const json = JSON.stringify(index);
const QUERIES = [
  "vuong dinh hue",
  "Володин",
  "Mẫn",
  "Mận",
  "vol",
  "da nang",
  "volodn",
  "joint oil",
  "volodin chairman",
  "which day",
  "Чан Тхань Ман",
  "cooperation agreement",
];

describe("loadSearchIndex without a dataset", () => {
  test("answers every query exactly as the index it was saved from, statements and terms included", () => {
    const loaded = loadSearchIndex(json);
    for (const query of QUERIES) expect(loaded.search(query), query).toEqual(index.search(query));
    expect(loaded.search("volodin", { kinds: ["memberships", "statements"] })).toEqual(
      index.search("volodin", { kinds: ["memberships", "statements"] }),
    );
  });

  test("finds a person recorded only in Latin letters from a Cyrillic query, with the transliterations it carries", () => {
    const latinOnly: Dataset = {
      ...data,
      people: data.people.map((p) => (p.id === "leonid-slutsky" ? { ...p, nativeName: undefined } : p)),
    };
    const loaded = loadSearchIndex(JSON.stringify(createSearchIndex(latinOnly)));
    expect(loaded.search("Слуцкий", { kinds: ["people"] })[0]).toMatchObject({
      id: "leonid-slutsky",
      matched: "Leonid Slutsky",
    });
  });

  test("carries the labels, dates and parents hits show", () => {
    const loaded = loadSearchIndex(index.toJSON());
    const statement = loaded.search("joint oil and gas projects", { kinds: ["statements"] })[0];
    expect(statement?.label).toBe("Vyacheslav Volodin: Fixture position on joint oil and gas projects.");
    expect(statement?.parent).toEqual({ kind: "events", id: "fixture-hue-volodin-talks-2023" });
    expect(statement?.date).toMatch(/^\d{4}/);
  });

  test("saves again to an index that answers the same", () => {
    const again = loadSearchIndex(JSON.stringify(loadSearchIndex(json)));
    for (const query of QUERIES) expect(again.search(query), query).toEqual(index.search(query));
  });

  test("checks the data when given a dataset, and refuses other data in one line", () => {
    expect(loadSearchIndex(json, data).search("hue")).toEqual(index.search("hue"));
    const fewerStatements: Dataset = { ...data, statements: data.statements.slice(1) };
    expect(() => loadSearchIndex(json, fewerStatements)).toThrow(
      /^the search index was built from other data \(index [\w-]+, dataset [\w-]+\); rebuild it$/,
    );
  });

  test("refuses an index of the first format, which needed the dataset, asking for a rebuild", () => {
    const first = {
      format: "parley-search-index",
      version: 1,
      fingerprint: "x",
      named: {},
      titled: {},
      commonTitleWords: [],
    };
    expect(() => loadSearchIndex(JSON.stringify(first))).toThrow(
      "this is not a Parley search index (expected format parley-search-index, version 3)",
    );
  });

  test("refuses an index with a part missing, in one line", () => {
    const { described: _left, ...partial } = index.toJSON();
    expect(() => loadSearchIndex(partial as never)).toThrow("the search index could not be read: a part is missing");
  });
});

describe("warm", () => {
  test("builds the titles and descriptions ahead of the first search, which answers the same", () => {
    const warmed = createSearchIndex(data);
    warmed.warm();
    for (const query of QUERIES) expect(warmed.search(query), query).toEqual(index.search(query));
  });

  test("is harmless on a loaded index and when called twice", () => {
    const loaded = loadSearchIndex(json);
    loaded.warm();
    loaded.warm();
    expect(loaded.search("volodin")).toEqual(index.search("volodin"));
  });
});
