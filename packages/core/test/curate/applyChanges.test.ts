import { describe, expect, test } from "vitest";
import { applyChanges } from "../../src/curate/applyChanges.js";
import { applyDraft } from "../../src/curate/applyDraft.js";
import { diffDatasets } from "../../src/curate/diffDatasets.js";
import { dataset } from "../../src/dataset.js";
import { rawDataset } from "../../src/rawDataset.js";
import type { Dataset } from "../../src/schema/Dataset.js";
import { validateDataset } from "../../src/validate/validateDataset.js";
import { MATCHED, makeDraft } from "./draftFixture.js";

describe("applyChanges", () => {
  test("replays a diff onto the old dataset to give the new one", () => {
    const after = structuredClone(dataset) as Dataset;
    after.events[0]!.title = "Changed";
    after.events[0]!.participants.pop();
    after.events[1]!.citations.splice(0, after.events[1]!.citations.length - 1);
    delete after.events[2]!.place;
    after.events[3]!.citations.push({ source: "x", note: "added" });
    after.people.shift();
    after.topics.push({ ...structuredClone(after.topics[0]!), id: "new-topic" });
    expect(applyChanges(dataset, diffDatasets(dataset, after).records)).toEqual(after);
  });

  test("changes only the merged records of a dataset as stored, leaving out the defaults it leaves out", () => {
    const merged = applyDraft(dataset, makeDraft());
    if (!merged.ok) throw new Error("the draft should apply");
    const stored = rawDataset as Record<string, { id: string }[]>;
    const written = applyChanges(stored, merged.changes) as Record<string, { id: string }[]>;
    const validated = validateDataset(structuredClone(written));
    expect(validated.ok && diffDatasets(validated.dataset, merged.dataset).records).toEqual([]);
    // Every other record is exactly as stored (no `earlierPlans: []` and the like added).
    const touched = new Set(merged.changes.map((c) => c.id));
    for (const kind of ["events", "people", "organizations", "sources"]) {
      const untouched = written[kind]!.filter((r) => !touched.has(r.id));
      expect(untouched).toEqual(stored[kind]!.filter((r) => !touched.has(r.id)));
    }
    const event = written.events!.find((e) => e.id === MATCHED)!;
    expect(Object.keys(event)).toEqual(Object.keys(stored.events!.find((e) => e.id === MATCHED)!));
  });
});
