import { describe, expect, test } from "vitest";
import { exportFiles, type ExportManifest } from "../../src/export/exportFiles.js";
import { recordKinds } from "../../src/schema/Dataset.js";
import { exportText, smallDataset } from "./fixtures.js";

describe("exportFiles", () => {
  const data = smallDataset(80, 2);
  const files = exportFiles(data);

  test("it makes every export: JSON, CSV per kind, the schema, Popolo, the calendar, PLOVER, Parquet and an index", () => {
    expect(files.map((f) => f.path)).toEqual([
      "parley.json",
      ...recordKinds.map((k) => `csv/${k}.csv`),
      "parley.schema.json",
      "popolo.json",
      "parley.vi.ics",
      "parley.ru.ics",
      "parley.ics",
      "plover.jsonl",
      "parquet/events.parquet",
      "parquet/participants.parquet",
      "parquet/memberships.parquet",
      "parquet/citations.parquet",
      "index.json",
    ]);
  });

  test("index.json lists every other file with its size in bytes and says how to cite the release", () => {
    const manifest = JSON.parse(exportText(files, "index.json")) as ExportManifest;
    expect(manifest).toMatchObject({ version: data.version, howToCite: data.citation, license: data.license });
    expect(manifest.files.map((f) => f.path)).toEqual(files.slice(0, -1).map((f) => f.path));
    for (const entry of manifest.files) {
      const file = files.find((f) => f.path === entry.path)!;
      expect(entry.bytes).toBe(
        typeof file.content === "string" ? Buffer.byteLength(file.content) : file.content.length,
      );
    }
  });
});
