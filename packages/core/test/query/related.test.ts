import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { createParley } from "../../src/query/createParley.js";
import type { Dataset } from "../../src/schema/Dataset.js";
import { smallDataset } from "../fixtures/smallDataset.js";

/** The fixture with a parliament made of the two Russian chambers, and a reprint of one report. */
function withParliamentAndReprint(): Dataset {
  const data = structuredClone(smallDataset());
  data.organizations.push({
    ...structuredClone(data.organizations.find((o) => o.id === "state-duma")!),
    id: "federal-assembly",
    name: "Federal Assembly",
    nativeName: undefined,
    kind: "legislature",
  });
  for (const o of data.organizations)
    if (o.id === "state-duma" || o.id === "federation-council") o.parent = "federal-assembly";
  const report = data.sources.find((s) => s.id === "fixture-visit-report")!;
  data.sources.push({
    ...structuredClone(report),
    id: "fixture-visit-reprint",
    republishes: report.id,
    published: "2023-09-15",
  });
  return data;
}

const parley = createParley(withParliamentAndReprint());

describe("relations between records", () => {
  test("narrowerOf lists a topic's direct narrower topics", () => {
    expect(parley.narrowerOf("energy").map((t) => t.id)).toEqual(["oil-and-gas"]);
    expect(parley.narrowerOf("oil-and-gas")).toEqual([]);
  });

  test("placesWithin lists the places directly within a place", () => {
    expect(parley.placesWithin("moscow").map((p) => p.id)).toEqual(["state-duma-building"]);
  });

  test("partsOf lists an organization's parts by name", () => {
    expect(parley.partsOf("federal-assembly").map((o) => o.id)).toEqual(["federation-council", "state-duma"]);
    expect(parley.partsOf("state-duma")).toEqual([]);
  });

  test("postsOf lists an organization's offices by label", () => {
    expect(parley.postsOf("state-duma").map((p) => p.id)).toEqual([
      "chairman-of-the-state-duma",
      "deputy-of-the-state-duma",
    ]);
  });

  test("sourcesPublishedBy lists a publisher's sources by publication date", () => {
    const sources = parley.sourcesPublishedBy("fixture-news");
    expect(sources[0]?.id).toBe("fixture-visit-report");
    expect(sources.map((s) => parley.boundsOf(s.id)?.earliest)).toEqual(
      [...sources.map((s) => parley.boundsOf(s.id)?.earliest)].sort(),
    );
  });

  test("republicationsOf lists the sources that republish a source", () => {
    expect(parley.republicationsOf("fixture-visit-report").map((s) => s.id)).toEqual(["fixture-visit-reprint"]);
  });

  test("republicationsOf also lists the reprints of a wire service's reporting", () => {
    const shipped = createParley(dataset);
    const wire = dataset.sources.find(
      (s) => s.republishes !== undefined && shipped.kindOf(s.republishes) === "organizations",
    )?.republishes;
    expect(wire).toBeDefined();
    const reprints = shipped.republicationsOf(wire!);
    expect(reprints.map((s) => s.id).sort()).toEqual(
      dataset.sources
        .filter((s) => s.republishes === wire)
        .map((s) => s.id)
        .sort(),
    );
  });

  test("statementsOf and documentsOf answer for a topic, that topic only", () => {
    expect(parley.statementsOf("energy").map((s) => s.id)).toEqual(["fixture-hue-on-energy"]);
    expect(parley.statementsOf("oil-and-gas").map((s) => s.id)).toEqual(["fixture-volodin-on-oil-and-gas"]);
    expect(parley.documentsOf("energy").map((d) => d.id)).toEqual(["fixture-cooperation-agreement-2023"]);
  });

  test("documentsOf answers for every party and signatory of a document", () => {
    const shipped = createParley(dataset);
    for (const document of dataset.documents) {
      for (const party of document.parties) expect(shipped.documentsOf(party).map((d) => d.id)).toContain(document.id);
      for (const signatory of document.signatories)
        expect(shipped.documentsOf(signatory).map((d) => d.id)).toContain(document.id);
    }
    const party = dataset.documents.find((d) => d.parties.length > 0)!.parties[0]!;
    expect(shipped.documentsOf(party)).toHaveLength(
      dataset.documents.filter((d) => d.parties.includes(party) || d.signatories.includes(party)).length,
    );
  });

  test("answers an empty frozen list for unknown ids and ids of another kind", () => {
    for (const list of [
      parley.narrowerOf("nobody"),
      parley.placesWithin("energy"),
      parley.partsOf("moscow"),
      parley.postsOf("nobody"),
      parley.documentsOf("moscow"),
    ]) {
      expect(list).toEqual([]);
      expect(Object.isFrozen(list)).toBe(true);
    }
  });

  test("hands out frozen records and the same list on every call", () => {
    const parts = parley.partsOf("federal-assembly");
    expect(Object.isFrozen(parts)).toBe(true);
    expect(Object.isFrozen(parts[0])).toBe(true);
    expect(parley.partsOf("federal-assembly")).toEqual(parts);
  });

  test("reads the dataset version without freezing the dataset", () => {
    const data = withParliamentAndReprint();
    const fresh = createParley(data);
    expect(fresh.version).toBe("0.0.1");
    expect(Object.isFrozen(data)).toBe(false);
  });
});
