import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { describe, expect, test } from "vitest";
import { buildNetworkData } from "@/network/buildNetworkData";
import { filterNetwork } from "@/network/filterNetwork";
import { layoutNetwork } from "@/network/layoutNetwork";
import { parsePeriod } from "@/network/NetworkExplorer";

const parley = createParley(dataset);

describe("the network layout", () => {
  test("is the same on every build", () => {
    const a = buildNetworkData(parley);
    const b = buildNetworkData(createParley(dataset));
    expect(b.nodes).toEqual(a.nodes);
    expect(b.height).toBe(a.height);
  });

  test("keeps every node inside the picture", () => {
    const data = buildNetworkData(parley);
    expect(data.nodes.length).toBeGreaterThan(0);
    for (const n of data.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(data.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(data.height);
    }
  });

  test("places a small graph without overlapping its two nodes", () => {
    const { positions } = layoutNetwork(["a", "b"], [{ source: "a", target: "b", weight: 1 }], {
      width: 400,
      minHeight: 200,
      maxHeight: 400,
      padding: 20,
    });
    expect(positions.get("a")).not.toEqual(positions.get("b"));
  });
});

describe("filtering the network by period", () => {
  const data = buildNetworkData(parley);

  test("with no period it keeps every pair core's network has", () => {
    expect(filterNetwork(data, null, null).edges).toHaveLength(parley.network().edges.length);
  });

  test("a year keeps the pairs core's network finds for that year, with the same counts", () => {
    const mine = filterNetwork(data, 2023, 2023)
      .edges.map((e) => [e.source.id, e.target.id, e.count].join("|"))
      .sort();
    const core = parley
      .network({ from: "2023", to: "2023" })
      .edges.map((e) => [e.source, e.target, e.count].join("|"))
      .sort();
    expect(mine).toEqual(core);
  });

  test("periods in the address are read as years, and anything else is explained", () => {
    expect(parsePeriod("?from=2018&to=2023", [2014, 2025])).toEqual({ from: 2018, to: 2023, notices: [] });
    expect(parsePeriod("?from=abc", [2014, 2025]).notices[0]).toMatch(/not a year/);
    expect(parsePeriod("?from=2024&to=2019", [2014, 2025]).notices.join(" ")).toMatch(
      /starts \(2024\) after it ends \(2019\)/,
    );
  });
});
