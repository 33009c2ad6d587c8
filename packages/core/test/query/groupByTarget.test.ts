import { describe, expect, test } from "vitest";
import { buildIndex } from "../../src/query/buildIndex.js";
import { groupByTarget, type Relation } from "../../src/query/groupByTarget.js";
import { smallDataset } from "../fixtures/smallDataset.js";

interface Row {
  id: string;
  to: string[] | string | null;
  key: string;
}

describe("groupByTarget", () => {
  const data = smallDataset();
  const index = buildIndex(data);
  const rows: Row[] = [
    { id: "b", to: ["x", "y"], key: "2" },
    { id: "a", to: "x", key: "2" },
    { id: "c", to: "x", key: "1" },
    { id: "d", to: null, key: "0" },
  ];
  const relation: Relation<Row> = {
    name: "rows",
    records: () => rows,
    targetsOf: (r) => r.to,
    sortKey: (_, r) => r.key,
  };

  test("groups each record under every id it points to, sorted by the relation's key and then by id", () => {
    const groups = groupByTarget(data, index, relation);
    expect(groups.get("x")?.map((r) => r.id)).toEqual(["c", "a", "b"]);
    expect(groups.get("y")?.map((r) => r.id)).toEqual(["b"]);
    expect([...groups.keys()].sort()).toEqual(["x", "y"]);
  });
});
