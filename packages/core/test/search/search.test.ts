import { describe, expect, test } from "vitest";
import type { Dataset } from "../../src/schema/Dataset.js";
import { createSearchIndex } from "../../src/search/createSearchIndex.js";
import { loadSearchIndex } from "../../src/search/loadSearchIndex.js";
import { smallDataset } from "../fixtures/smallDataset.js";

const data = smallDataset();
const index = createSearchIndex(data);
const top = (query: string, options?: Parameters<typeof index.search>[1]) => index.search(query, options)[0];
const ids = (query: string, options?: Parameters<typeof index.search>[1]) =>
  index.search(query, options).map((h) => h.id);

describe("search: query → expected top hit", () => {
  test.each([
    ["vuong dinh hue", "vuong-dinh-hue", "Vuong Dinh Hue"],
    ["Vương Đình Huệ", "vuong-dinh-hue", "Vương Đình Huệ"],
    ["da nang", "da-nang", "Da Nang"],
    ["Đà Nẵng", "da-nang", "Đà Nẵng"],
    ["Володин", "vyacheslav-volodin", "Вячеслав Володин"],
    ["volodin", "vyacheslav-volodin", "Vyacheslav Volodin"],
    ["Чан Тхань Ман", "tran-thanh-man", "Чан Тхань Ман"],
    ["Tran Thanh Manh", "tran-thanh-man", "Tran Thanh Manh"],
    ["Trần Thanh Mẫn", "tran-thanh-man", "Trần Thanh Mẫn"],
    ["volodn", "vyacheslav-volodin", "Vyacheslav Volodin"],
    ["matvienko", "valentina-matviyenko", "Валентина Матвиенко"],
    ["Matviyenko", "valentina-matviyenko", "Valentina Matviyenko"],
    ["vol", "vyacheslav-volodin", "Vyacheslav Volodin"],
    ["vu", "vuong-dinh-hue", "Vuong Dinh Hue"],
    ["hue", "vuong-dinh-hue", "Vuong Dinh Hue"],
    ["Mẫn", "tran-thanh-man", "Trần Thanh Mẫn"],
    ["Mận", "fruit-trade", "mận"],
    ["petroleum", "oil-and-gas", "petroleum"],
    ["Speaker of the State Duma", "chairman-of-the-state-duma", "Speaker of the State Duma"],
    ["Москва", "moscow", "Москва"],
    ["Việt Nam", "vn", "Việt Nam"],
    [
      "cooperation agreement",
      "fixture-cooperation-agreement-2023",
      "Cooperation agreement between the National Assembly of Vietnam and the State Duma",
    ],
  ])("%s → %s (matched %s)", (query, id, matched) => {
    const hit = top(query);
    expect(hit?.id).toBe(id);
    expect(hit?.matched).toBe(matched);
  });

  test("volodin finds a record named only in Cyrillic", () => {
    expect(ids("volodin")).toContain("fixture-ru-talks-report");
    expect(top("volodin", { kinds: ["sources"] })).toMatchObject({
      kind: "sources",
      id: "fixture-ru-talks-report",
      matched: "Володин провёл переговоры с Выонг Динь Хюэ",
    });
  });

  test("a query in Cyrillic finds a person recorded only in Latin letters", () => {
    const latinOnly: Dataset = {
      ...data,
      people: data.people.map((p) => (p.id === "leonid-slutsky" ? { ...p, nativeName: undefined } : p)),
    };
    const latinIndex = createSearchIndex(latinOnly);
    expect(latinIndex.search("Слуцкий", { kinds: ["people"] })[0]).toMatchObject({
      id: "leonid-slutsky",
      matched: "Leonid Slutsky",
    });
  });

  test("an exact-accent query ranks exact-diacritic matches above folded ones", () => {
    const forMan = ids("Mẫn");
    expect(forMan.indexOf("tran-thanh-man")).toBeLessThan(forMan.indexOf("fruit-trade"));
    const forPlum = ids("Mận");
    expect(forPlum.indexOf("fruit-trade")).toBeLessThan(forPlum.indexOf("tran-thanh-man"));
  });

  test("a folded query finds both accented forms", () => {
    expect(ids("man", { kinds: ["people", "topics"] })).toEqual(
      expect.arrayContaining(["tran-thanh-man", "fruit-trade"]),
    );
  });

  test("names rank above the titles of events that mention them", () => {
    const hits = index.search("volodin");
    expect(hits[0]?.kind).toBe("people");
    expect(hits.slice(1).every((h) => h.kind !== "people")).toBe(true);
  });

  test("each record appears once, with its usual label", () => {
    const hits = index.search("Vuong Dinh Hue Выонг Динь Хюэ");
    expect(hits.filter((h) => h.id === "vuong-dinh-hue")).toHaveLength(1);
    expect(hits.find((h) => h.id === "vuong-dinh-hue")?.label).toBe("Vuong Dinh Hue");
  });
});

describe("search options and edges", () => {
  test("a blank query returns nothing", () => {
    expect(index.search("")).toEqual([]);
    expect(index.search("   ")).toEqual([]);
    expect(index.search(" - , . ")).toEqual([]);
  });

  test("the kinds filter keeps only the kinds asked for", () => {
    const hits = index.search("volodin", { kinds: ["events"] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === "events")).toBe(true);
    expect(index.search("volodin", { kinds: ["posts"] })).toEqual([]);
  });

  test("limit caps the number of hits, and the default is 20", () => {
    expect(index.search("volodin", { limit: 2 })).toHaveLength(2);
    expect(index.search("volodin", { limit: 0 })).toEqual([]);
    const wide = index.search("the of and in vuong volodin man president council");
    expect(wide.length).toBeLessThanOrEqual(20);
    expect(wide.length).toBeGreaterThan(10);
  });

  test("scores are sorted best first", () => {
    const scores = index.search("vuong dinh hue").map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test("fuzzy matching is kept for words of four letters or more", () => {
    expect(ids("vlodin")).toContain("vyacheslav-volodin");
    expect(ids("hux")).not.toContain("vuong-dinh-hue");
  });

  test("typo tolerance applies only to words the index does not know", () => {
    // "ivan" is unknown here, so it may be a typo of "van" (Vo Van Thuong)…
    expect(ids("ivan", { kinds: ["people"] })).toContain("vo-van-thuong");
    // …but once someone is called Ivan, the word is taken as typed.
    const withIvan: Dataset = {
      ...data,
      people: [
        ...data.people,
        { ...data.people[0]!, id: "ivan-melnikov", name: "Ivan Melnikov", nativeName: undefined, otherNames: [] },
      ],
    };
    const hits = createSearchIndex(withIvan).search("ivan", { kinds: ["people"] });
    expect(hits.map((h) => h.id)).toEqual(["ivan-melnikov"]);
  });

  test("hits are frozen", () => {
    const hits = index.search("volodin");
    expect(Object.isFrozen(hits)).toBe(true);
    expect(Object.isFrozen(hits[0])).toBe(true);
    expect(() => (hits as unknown[]).pop()).toThrow(TypeError);
    expect(index.search("volodin")).toHaveLength(hits.length);
  });

  test("words too common in a large set of titles are left out, and rarer words still find those titles", () => {
    const events = Array.from({ length: 1200 }, (_, i) => ({
      ...data.events[0]!,
      id: `bulk-${i}`,
      title: `Talks number ${i}${i === 777 ? " in Zanzibar" : ""}`,
    }));
    const large: Dataset = { ...data, events: [...data.events, ...events] };
    const big = createSearchIndex(large);
    expect(big.search("zanzibar")[0]?.id).toBe("bulk-777");
    expect(big.search("talks", { kinds: ["events"] }).some((h) => h.id.startsWith("bulk-"))).toBe(false);
    expect(big.search("volodin")[0]?.id).toBe("vyacheslav-volodin");
  });
});

describe("toJSON and loadSearchIndex", () => {
  test("an index asked about names first answers title questions and saves exactly as one asked about titles first", () => {
    const namesFirst = createSearchIndex(data);
    expect(namesFirst.search("volodin", { kinds: ["people"] })).toEqual(index.search("volodin", { kinds: ["people"] }));
    for (const query of ["talks", "vuong dinh hue", "Володин"])
      expect(namesFirst.search(query)).toEqual(index.search(query));
    expect(JSON.stringify(createSearchIndex(data))).toBe(JSON.stringify(namesFirst));
  });

  test("a loaded index answers exactly as the one it was saved from", () => {
    const json = JSON.stringify(index);
    const loaded = loadSearchIndex(json, data);
    for (const query of ["vuong dinh hue", "Володин", "Mẫn", "vol", "da nang"])
      expect(loaded.search(query)).toEqual(index.search(query));
    expect(loadSearchIndex(index.toJSON(), data).search("hue")).toEqual(index.search("hue"));
  });

  test("refuses an index built from other data, in one line", () => {
    const other: Dataset = { ...data, people: data.people.filter((p) => p.id !== "leonid-slutsky") };
    expect(() => loadSearchIndex(index.toJSON(), other)).toThrow(
      /^the search index was built from other data \(index [\w-]+, dataset [\w-]+\); rebuild it$/,
    );
  });

  test("refuses JSON that is not a search index", () => {
    expect(() => loadSearchIndex("{not json", data)).toThrow("the search index is not valid JSON");
    expect(() => loadSearchIndex(JSON.stringify({ hello: 1 }), data)).toThrow(
      "this is not a Parley search index (expected format parley-search-index, version 3)",
    );
  });
});
