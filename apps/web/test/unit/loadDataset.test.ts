import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataset } from "@parley/core";
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
