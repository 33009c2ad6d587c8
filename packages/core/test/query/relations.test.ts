import { describe, expect, test } from "vitest";
import { createParley } from "../../src/query/createParley.js";
import { smallDataset } from "../fixtures/smallDataset.js";

const parley = createParley(smallDataset());

describe("counterpartsOf", () => {
  test("lists who a person met, most frequent first, with the events in date order", () => {
    const met = parley.counterpartsOf("vyacheslav-volodin");
    expect(met.map((c) => [c.person.id, c.count])).toEqual([
      ["vuong-dinh-hue", 3],
      ["tran-thanh-man", 2],
      ["leonid-slutsky", 1],
      ["vo-van-thuong", 1],
    ]);
    expect(met[1]?.events.map((e) => e.id)).toEqual([
      "fixture-man-receives-volodin-in-da-nang-2024",
      "fixture-commission-second-session",
    ]);
  });

  test("is empty for an unknown person or a record that is not a person", () => {
    expect(parley.counterpartsOf("nobody")).toEqual([]);
    expect(parley.counterpartsOf("state-duma")).toEqual([]);
  });
});

describe("network", () => {
  test("has one weighted edge per pair of people who took part in the same event", () => {
    const { nodes, edges } = parley.network();
    expect(edges[0]).toEqual({
      source: "vuong-dinh-hue",
      target: "vyacheslav-volodin",
      count: 3,
      events: [
        "fixture-hue-official-visit-to-russia-2023",
        "fixture-hue-volodin-talks-2023",
        "fixture-commission-first-session",
      ],
    });
    expect(edges).toHaveLength(6);
    const volodin = nodes.find((n) => n.person.id === "vyacheslav-volodin");
    expect(volodin).toMatchObject({ degree: 4, events: 6 });
    expect(nodes[0]?.person.id).toBe("vyacheslav-volodin");
  });

  test("can be limited to a period", () => {
    const { nodes, edges } = parley.network({ from: "2024-01-01", to: "2024-12-31" });
    expect(edges.map((e) => [e.source, e.target, e.count])).toEqual([
      ["tran-thanh-man", "vyacheslav-volodin", 1],
      ["vo-van-thuong", "vyacheslav-volodin", 1],
    ]);
    expect(nodes.map((n) => n.person.id).sort()).toEqual(["tran-thanh-man", "vo-van-thuong", "vyacheslav-volodin"]);
  });
});

describe("topicsOverTime", () => {
  test("counts events per topic per year, and statements at events not already counted for the topic", () => {
    expect(parley.topicsOverTime()).toEqual([
      { topic: "education", year: 2023, count: 1 },
      // the visit and the first session, plus a statement on energy at the meeting with Matviyenko
      { topic: "energy", year: 2023, count: 3 },
      // the talks; the statement on oil and gas was made at the same talks, so it is not counted again
      { topic: "oil-and-gas", year: 2023, count: 1 },
      { topic: "energy", year: 2024, count: 1 },
      { topic: "fruit-trade", year: 2024, count: 1 },
      { topic: "tourism", year: 2024, count: 1 },
      { topic: "oil-and-gas", year: 2025, count: 1 },
    ]);
  });
});

describe("stats", () => {
  test("counts records per kind, the span of event dates and sources per publisher", () => {
    const stats = parley.stats();
    expect(stats.counts).toEqual({
      events: 7,
      people: 9,
      organizations: 6,
      posts: 6,
      memberships: 12,
      documents: 1,
      statements: 2,
      topics: 5,
      places: 3,
      countries: 2,
      sources: 5,
      disagreements: 1,
    });
    expect(stats.dateRange).toEqual({ earliest: "2023-09-10", latest: "2025-12-31" });
    expect(stats.sourcesByPublisher.map((s) => [s.publisher?.id ?? null, s.count])).toEqual([
      ["fixture-news", 3],
      [null, 2],
    ]);
  });
});

describe("citations", () => {
  test("citationsOf resolves every citation in a record, with what it backs and a text-fragment link", () => {
    const views = parley.citationsOf("fixture-hue-official-visit-to-russia-2023");
    expect(views.map((v) => [v.what, v.path])).toEqual([
      ["event", ["citations", 0]],
      ["participation of vuong-dinh-hue", ["participants", 0, "citations", 0]],
      ["participation of vyacheslav-volodin", ["participants", 1, "citations", 0]],
    ]);
    expect(views[0]?.source.id).toBe("fixture-visit-report");
    expect(views[0]?.url).toBe(
      "https://example.org/news/2023/visit-report#:~:text=talks%20in%20Moscow%20%2D%20energy%2C%20oil%20%26%20gas",
    );
    expect(views[1]?.url).toBe("https://example.org/news/2023/visit-report#top");
  });

  test("citationsOf includes the sources of alternative names, and gives null links for sources without a URL", () => {
    const views = parley.citationsOf("vuong-dinh-hue");
    expect(views.map((v) => [v.what, v.source.id, v.url])).toEqual([
      ['alternative name "Выонг Динь Хюэ"', "fixture-ru-talks-report", null],
    ]);
  });

  test("citationsOf is empty for an unknown id", () => {
    expect(parley.citationsOf("missing")).toEqual([]);
  });

  test("recordsCiting lists every record with a citation of the source, with kind and label", () => {
    expect(parley.recordsCiting("fixture-ru-talks-report")).toEqual([
      {
        kind: "events",
        id: "fixture-hue-volodin-talks-2023",
        label: "Talks between Vuong Dinh Hue and Vyacheslav Volodin",
      },
      { kind: "people", id: "vuong-dinh-hue", label: "Vuong Dinh Hue" },
      {
        kind: "statements",
        id: "fixture-volodin-on-oil-and-gas",
        label: "Fixture position on joint oil and gas projects.",
      },
      { kind: "disagreements", id: "fixture-visit-start-date", label: "On which day did the visit begin?" },
    ]);
  });

  test("recordsCiting is empty for an unknown id or a record that is not a source", () => {
    expect(parley.recordsCiting("missing")).toEqual([]);
    expect(parley.recordsCiting("vuong-dinh-hue")).toEqual([]);
  });

  test("disagreementsAbout lists the disagreements about a record", () => {
    expect(parley.disagreementsAbout("fixture-hue-official-visit-to-russia-2023").map((d) => d.id)).toEqual([
      "fixture-visit-start-date",
    ]);
    expect(parley.disagreementsAbout("fixture-hue-volodin-talks-2023")).toEqual([]);
  });

  test("disagreementsAboutField lists the disagreements targeting a field of a record, or a field inside it", () => {
    const data = smallDataset();
    const visit = "fixture-hue-official-visit-to-russia-2023";
    data.disagreements.push({
      ...structuredClone(data.disagreements[0]!),
      id: "fixture-visit-posts",
      targets: [{ record: visit, path: "participants.posts" }],
    });
    const own = createParley(data);
    expect(own.disagreementsAboutField(visit, "date").map((d) => d.id)).toEqual(["fixture-visit-start-date"]);
    expect(own.disagreementsAboutField(visit, "participants").map((d) => d.id)).toEqual(["fixture-visit-posts"]);
    expect(own.disagreementsAboutField(visit, "participants.posts").map((d) => d.id)).toEqual(["fixture-visit-posts"]);
    expect(own.disagreementsAboutField(visit, "place")).toEqual([]);
    expect(own.disagreementsAboutField(visit, "dat")).toEqual([]);
    expect(own.disagreementsAboutField("fixture-hue-volodin-talks-2023", "date")).toEqual([]);
  });
});
