import { describe, expect, test } from "vitest";
import { createSearchIndex } from "../../src/search/createSearchIndex.js";
import { createSearchIndexInSlices } from "../../src/search/createSearchIndexInSlices.js";
import type { SearchOptions } from "../../src/search/SearchIndex.js";
import { generateDataset } from "../../src/testing/index.js";

const data = generateDataset({ events: 2000, seed: 3 });

/** Queries of every sort over the generated data: names in either script, typos, prefixes, titles, descriptions, kinds. */
function queriesOf(): [string, SearchOptions?][] {
  const person = data.people[0]!;
  const native = data.people.find((p) => p.nativeName)?.nativeName?.name ?? person.name;
  const title = data.events[17]!.title;
  const word = title.split(" ").find((w) => w.length > 5) ?? title;
  const statement = data.statements[3]?.summary ?? title;
  return [
    [person.name],
    [native],
    [person.name.slice(0, 3)],
    [`${word.slice(0, 2)}${word.slice(3)}`],
    [title],
    [word, { kinds: ["events"] }],
    [statement, { limit: 200 }],
    [data.posts[0]!.label, { kinds: ["memberships", "posts"] }],
    [data.places[2]!.name, { limit: 5 }],
    ["nothing-of-the-sort"],
  ];
}

describe("createSearchIndexInSlices", () => {
  test("builds an index that answers every query exactly as createSearchIndex's does", async () => {
    const sliced = await createSearchIndexInSlices(data);
    const built = createSearchIndex(data);
    for (const [query, options] of queriesOf())
      expect(sliced.search(query, options)).toEqual(built.search(query, options));
    expect(sliced.search(data.people[0]!.name).length).toBeGreaterThan(0);
  });

  test("builds the same index as createSearchIndex, down to the saved form", async () => {
    const sliced = await createSearchIndexInSlices(data, { sliceMs: 1 });
    expect(JSON.parse(JSON.stringify(sliced))).toEqual(JSON.parse(JSON.stringify(createSearchIndex(data))));
  });

  test("gives the thread back between slices, so a timer set before the build runs before it ends", async () => {
    const ran: string[] = [];
    setTimeout(() => ran.push("timer"), 0);
    await createSearchIndexInSlices(data, { sliceMs: 0 });
    ran.push("built");
    expect(ran).toEqual(["timer", "built"]);
  });

  test("stops between slices when its signal aborts, rejecting with the signal's reason", async () => {
    const controller = new AbortController();
    const building = createSearchIndexInSlices(data, { sliceMs: 0, signal: controller.signal });
    controller.abort(new Error("closed"));
    await expect(building).rejects.toThrow("closed");
    await expect(createSearchIndexInSlices(data, { signal: AbortSignal.abort(new Error("already")) })).rejects.toThrow(
      "already",
    );
  });
});
