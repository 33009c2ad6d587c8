import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataset } from "@parley/core/shipped";
import { generateDataset } from "@parley/core/testing";
import { describe, expect, test } from "vitest";
import { DatasetLoadError, loadDataset } from "@/data/loadDataset";

const dir = mkdtempSync(join(tmpdir(), "parley-web-dataset-"));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("loadDataset", () => {
  test("without PARLEY_DATASET it is the shipped dataset", () => {
    expect(loadDataset({})).toBe(dataset);
  });

  test("builds from another valid dataset file", () => {
    const synthetic = generateDataset({ events: 30, seed: 7 });
    const loaded = loadDataset({ PARLEY_DATASET: file("ok.json", JSON.stringify(synthetic)) });
    expect(loaded.events).toHaveLength(30);
    expect(Object.isFrozen(loaded.events)).toBe(true);
  });

  test("checks fragments against the source texts, as the terminal does", () => {
    // A dataset whose source names a text file: the fragment it cites is not in the text.
    const texts = mkdtempSync(join(tmpdir(), "parley-web-texts-"));
    writeFileSync(join(texts, "article.txt"), "Nothing quoted here.\n");
    const data = generateDataset({ events: 5, seed: 1 });
    const source = data.sources[0]!;
    const cited = { ...source, textFile: "article.txt" };
    const withText = { ...data, sources: [cited, ...data.sources.slice(1)] };
    const event = withText.events.find((e) => e.citations.some((c) => c.source === source.id));
    if (!event) throw new Error("the generated dataset has no event citing its first source");
    event.citations = event.citations.map((c) => (c.source === source.id ? { ...c, fragment: "never said" } : c));
    const previous = process.env.PARLEY_TEXTS_DIR;
    process.env.PARLEY_TEXTS_DIR = texts;
    try {
      expect(() => loadDataset({ PARLEY_DATASET: file("fragment.json", JSON.stringify(withText)) })).toThrow(
        /provenance\.fragment-not-found/,
      );
    } finally {
      if (previous === undefined) delete process.env.PARLEY_TEXTS_DIR;
      else process.env.PARLEY_TEXTS_DIR = previous;
    }
  });

  test("says in one line when there are no source texts to check fragments against", () => {
    const previous = process.env.PARLEY_TEXTS_DIR;
    process.env.PARLEY_TEXTS_DIR = join(dir, "no-texts-here");
    const warned: string[] = [];
    try {
      const synthetic = generateDataset({ events: 5, seed: 2 });
      loadDataset({ PARLEY_DATASET: file("texts.json", JSON.stringify(synthetic)) }, (line) => warned.push(line));
    } finally {
      if (previous === undefined) delete process.env.PARLEY_TEXTS_DIR;
      else process.env.PARLEY_TEXTS_DIR = previous;
    }
    expect(warned).toEqual([expect.stringMatching(/^PARLEY_DATASET: no folder of source texts .*were not checked$/)]);
  });

  test("a missing file gives one clear line", () => {
    expect(() => loadDataset({ PARLEY_DATASET: join(dir, "nope.json") })).toThrowError(
      new DatasetLoadError(`PARLEY_DATASET: cannot read ${join(dir, "nope.json")}: no such file`),
    );
  });

  test("a file that is not JSON says so", () => {
    expect(() => loadDataset({ PARLEY_DATASET: file("bad.json", "{ not json") })).toThrow(
      /PARLEY_DATASET: .*bad\.json is not valid JSON/,
    );
  });

  test("an invalid dataset lists its first issues, not a stack trace", () => {
    const broken = { ...generateDataset({ events: 5, seed: 1 }), version: "one" };
    let message = "";
    try {
      loadDataset({ PARLEY_DATASET: file("invalid.json", JSON.stringify(broken)) });
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetLoadError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/is not a valid Parley dataset \(\d+ issues?\):/);
    expect(message).toMatch(/shape\.format at \$\.version/);
  });
});
