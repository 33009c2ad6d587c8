// `parley diff`, run as the built binary: record-level changes between two datasets (files or data folders).
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { appRoot, brokenDataset, runBuilt, shippedCopy, tempDir, writeJson } from "./helpers.js";

const shippedData = join(appRoot, "..", "..", "packages", "core", "data");

let before: string;
let after: string;
beforeAll(() => {
  const dir = tempDir();
  before = writeJson(dir, "before.json", shippedCopy());
  const changed = shippedCopy();
  const events = changed.events as { id: string; title: string; topics: string[] }[];
  const topics = changed.topics as { id: string }[];
  events[0]!.title = "A new title";
  // A new topic, used by an event so that it is no orphan.
  topics.push({ ...structuredClone(topics[0]!), id: "a-new-topic" });
  events[1]!.topics.push("a-new-topic");
  (changed as Record<string, unknown>).version = "9.9.9";
  after = writeJson(dir, "after.json", changed);
});

describe("parley diff", () => {
  it("says there are no changes between a data folder and the same dataset as one file", async () => {
    expect(await runBuilt(["diff", shippedData, before])).toEqual({ code: 0, stdout: "no changes\n", stderr: "" });
  });

  it("prints each changed record, its changed fields, the dataset's own fields and a count", async () => {
    const r = await runBuilt(["diff", before, after]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("MOD events 2023-10-volodin-visit-vietnam");
    expect(lines[1]).toBe('    ~ title: "Volodin\'s official visit to Vietnam, October 2023" → "A new title"');
    expect(lines[2]).toBe("MOD events 2023-10-15-volodin-arrives-in-hanoi");
    expect(lines[3]).toBe('    + topics[0]: "a-new-topic"');
    expect(lines[4]).toMatch(/^ADD topics a-new-topic {2}"/);
    expect(lines.slice(5)).toEqual([
      'dataset ~ version: "0.1.0" → "9.9.9"',
      "3 changes: 1 added, 2 modified, 0 deleted",
    ]);
    const reverse = await runBuilt(["diff", after, before]);
    expect(reverse.stdout).toMatch(/\nDEL topics a-new-topic {2}"/);
  });

  it("prints the changes as JSON with --json", async () => {
    const r = await runBuilt(["diff", before, after, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      old: string;
      new: string;
      meta: unknown[];
      changes: { op: string; id: string }[];
    };
    expect(json.old).toBe(before);
    expect(json.meta).toEqual([{ path: "version", old: "0.1.0", new: "9.9.9" }]);
    expect(json.changes.map((c) => `${c.op} ${c.id}`)).toEqual([
      "MOD 2023-10-volodin-visit-vietnam",
      "MOD 2023-10-15-volodin-arrives-in-hanoi",
      "ADD a-new-topic",
    ]);
  });

  it("names a missing file in one line and exits 2", async () => {
    const missing = join(tempDir(), "missing.json");
    const r = await runBuilt(["diff", before, missing]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `error: cannot read ${missing}: no such file\n` });
  });

  it("reports a dataset with issues, grouped by record, and exits 1", async () => {
    const broken = writeJson(tempDir(), "broken.json", brokenDataset());
    const r = await runBuilt(["diff", before, broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n").at(-1)).toMatch(/broken\.json: \d+ issues in \d+ records$/);
  });
});
