import { describe, expect, test } from "vitest";
import { breakCopy, copyDataset, pick } from "./helpers.js";

describe("the reference layer", () => {
  test("a link to a record that failed the shape check is reported only as that record's shape issue", () => {
    const { index, item } = pick(copyDataset().events, (e) => e.place !== undefined, "event with a place");
    const placeIndex = copyDataset().places.findIndex((p) => p.id === item.place);
    const result = breakCopy((d) => ((d.places[placeIndex] as unknown as { kind: string }).kind = "planet"));
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "shape.enum", path: `$.places[${placeIndex}].kind` },
    ]);
    expect(index).toBeGreaterThanOrEqual(0);
  });

  test("a link to a record that failed the shape check but is of the wrong kind is reported as the wrong kind", () => {
    const data = copyDataset();
    const { index } = pick(data.events, (e) => e.place !== undefined, "event with a place");
    const { index: personIndex, item: person } = pick(data.people, () => true, "person");
    const result = breakCopy((d) => {
      (d.people[personIndex] as unknown as { name: number }).name = 5;
      d.events[index]!.place = person.id;
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "ref.wrong-kind", path: `$.events[${index}].place` }),
    );
  });

  test("a topic used only through a narrower topic is not an orphan", () => {
    const at = copyDataset().topics.length;
    const result = breakCopy((d) => {
      d.topics.push(
        { id: "broad-topic", label: "Broad", aliases: [] },
        { id: "narrow-topic", label: "Narrow", aliases: [], parent: "broad-topic" },
      );
      d.events[0]!.topics.push("narrow-topic");
    });
    expect(result.issues.filter((i) => i.code === "ref.orphan")).toEqual([]);
    expect(at).toBeGreaterThan(0);
  });

  test("a narrower topic nobody uses is an orphan, but its parent link still counts as a use of the broader topic", () => {
    const at = copyDataset().topics.length;
    const result = breakCopy((d) =>
      d.topics.push(
        { id: "broad-topic", label: "Broad", aliases: [] },
        { id: "narrow-topic", label: "Narrow", aliases: [], parent: "broad-topic" },
      ),
    );
    expect(result.issues.map(({ code, path, id }) => ({ code, path, id }))).toEqual([
      { code: "ref.orphan", path: `$.topics[${at + 1}]`, id: "narrow-topic" },
    ]);
  });
});
