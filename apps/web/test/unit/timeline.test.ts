import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { describe, expect, test } from "vitest";
import { filterTimeline } from "@/timeline/filterTimeline";
import { groupTimeline } from "@/timeline/groupTimeline";
import { filterOptions, timelineItems } from "@/timeline/timelineItems";
import { dayRange, hasFilters, NO_FILTERS, parseTimelineQuery, timelineQuery } from "@/timeline/timelineQuery";

const parley = createParley(dataset);
const items = timelineItems(parley);
const options = filterOptions(parley, items);

describe("timeline URL filters", () => {
  test("a shared address reads back into the same filters", () => {
    const { filters, notices } = parseTimelineQuery(
      "?kind=official-visit&person=vyacheslav-volodin&from=2023",
      options,
    );
    expect(notices).toEqual([]);
    expect(filters).toMatchObject({ kind: ["official-visit"], person: ["vyacheslav-volodin"], from: "2023", to: null });
    expect(timelineQuery(filters)).toBe("?kind=official-visit&person=vyacheslav-volodin&from=2023");
  });

  test("unknown values and unreadable dates become notices and are ignored", () => {
    const { filters, notices } = parseTimelineQuery(
      "?kind=teleportation&topic=energy,nonsense&from=last-week",
      options,
    );
    expect(filters.kind).toEqual([]);
    expect(filters.from).toBeNull();
    expect(notices.join(" ")).toMatch(/teleportation/);
    expect(notices.join(" ")).toMatch(/nonsense/);
    expect(notices.join(" ")).toMatch(/last-week/);
  });

  test("a period that ends before it starts is explained", () => {
    expect(parseTimelineQuery("?from=2024&to=2019", options).notices[0]).toMatch(
      /starts \(2024\) after it ends \(2019\)/,
    );
  });

  test("no filters give an empty query", () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(timelineQuery(NO_FILTERS)).toBe("");
  });

  test("filter dates cover whole years, months or days", () => {
    expect(dayRange("2023")).toEqual({ first: "2023-01-01", last: "2023-12-31" });
    expect(dayRange("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(dayRange("2023-10-16")).toEqual({ first: "2023-10-16", last: "2023-10-16" });
    expect(dayRange("2023-13")).toBeNull();
    expect(dayRange("2023-02-30")).toBeNull();
  });
});

describe("filtering and grouping the timeline", () => {
  test("filtering in the browser agrees with core's timeline query", () => {
    const mine = filterTimeline(items, {
      ...NO_FILTERS,
      kind: ["official-visit"],
      person: ["vyacheslav-volodin"],
      from: "2018",
    }).map((i) => i.id);
    const core = parley
      .timeline({ kinds: ["official-visit"], people: ["vyacheslav-volodin"], from: "2018" })
      .map((e) => e.id);
    expect(mine).toEqual(core);
  });

  test("a topic filter also finds events on narrower topics, as core's does", () => {
    const broad = dataset.topics.find((t) => dataset.topics.some((u) => u.parent === t.id));
    expect(broad, "the shipped dataset has a topic with narrower topics").toBeDefined();
    const mine = filterTimeline(items, { ...NO_FILTERS, topic: [broad!.id] }).map((i) => i.id);
    expect(mine).toEqual(parley.timeline({ topics: [broad!.id] }).map((e) => e.id));
  });

  test("meetings are nested under their visit, and years come in order", () => {
    const years = groupTimeline(items, new Map(items.map((i) => [i.id, i.title])));
    const entries = years.flatMap((y) => y.months.flatMap((m) => m.entries));
    const visit = entries.find((e) => e.item.id === "2023-10-volodin-visit-vietnam");
    expect(visit?.children.map((c) => c.item.id)).toContain("2023-10-16-ipcc-second-session");
    expect(entries.some((e) => e.item.id === "2023-10-16-ipcc-second-session")).toBe(false);
    const order = years.map((y) => y.year).filter((y) => /^\d{4}$/.test(y));
    expect(order).toEqual([...order].sort());
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(items.length);
  });

  test("a meeting listed without its visit says which visit it belongs to", () => {
    const meeting = items.find((i) => i.id === "2023-10-16-ipcc-second-session")!;
    const [year] = groupTimeline([meeting], new Map([["2023-10-volodin-visit-vietnam", "The visit"]]));
    expect(year?.months[0]?.entries[0]?.partOf).toEqual({ id: "2023-10-volodin-visit-vietnam", title: "The visit" });
  });
});
