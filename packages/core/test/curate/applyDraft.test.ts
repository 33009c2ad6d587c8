import { describe, expect, test } from "vitest";
import { applyDraft } from "../../src/curate/applyDraft.js";
import { dataset } from "../../src/dataset.js";
import type { Dataset } from "../../src/schema/Dataset.js";
import { MATCHED, SOURCE_ID, makeDraft } from "./draftFixture.js";

/** Applies and expects success. */
function applied(base: Dataset, draft: unknown) {
  const result = applyDraft(base, draft);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.code} ${i.path} ${i.message}`).join("\n"));
  return result;
}

describe("applyDraft", () => {
  test("adds the source, new events, new people and a disagreement for each conflict", () => {
    const { changes } = applied(dataset, makeDraft());
    expect(changes.map((c) => `${c.op} ${c.kind} ${c.id}`)).toEqual([
      `MOD events ${MATCHED}`,
      "ADD events 2023-10-14-volodin-hue-talks-example",
      "ADD people ivan-testov",
      `ADD sources ${SOURCE_ID}`,
      `ADD disagreements ${MATCHED}-date-per-${SOURCE_ID}`,
    ]);
  });

  test("gives a matched event the new source's citations and missing participants, and changes nothing else", () => {
    const { dataset: merged, changes } = applied(dataset, makeDraft());
    const before = dataset.events.find((e) => e.id === MATCHED)!;
    const after = merged.events.find((e) => e.id === MATCHED)!;
    expect(after.date).toBe(before.date);
    expect(after.citations).toEqual([
      ...before.citations,
      { source: SOURCE_ID, paragraph: 1, fragment: "arrived in Hanoi on October 14", note: "date" },
    ]);
    const volodin = after.participants.find((p) => p.person === "vyacheslav-volodin")!;
    expect(volodin.citations.at(-1)).toEqual({
      source: SOURCE_ID,
      paragraph: 1,
      fragment: "Russian State Duma Chairman Vyacheslav Volodin arrived in Hanoi",
    });
    // The participant the record lacks is added, with the article's citation.
    expect(after.participants.map((p) => p.person)).toEqual([
      ...before.participants.map((p) => p.person),
      "ivan-testov",
    ]);
    const mod = changes.find((c) => c.op === "MOD")!;
    expect(
      mod.op === "MOD" &&
        mod.fields.every((f) => /(citations|participants)\[\d+\]$/.test(f.path) && f.old === undefined),
    ).toBe(true);
  });

  test("keeps both versions of a conflicting date, ranked normal, with their citations", () => {
    const { dataset: merged } = applied(dataset, makeDraft());
    const disagreement = merged.disagreements.find((d) => d.id === `${MATCHED}-date-per-${SOURCE_ID}`)!;
    expect(disagreement.targets).toEqual([{ record: MATCHED, path: "date" }]);
    expect(disagreement.versions.map((v) => [v.date, v.rank])).toEqual([
      ["2023-10-15/2023-10-16", "normal"],
      ["2023-10-14", "normal"],
    ]);
    expect(disagreement.versions[0]!.citations.length).toBeGreaterThan(0);
    expect(disagreement.versions[0]!.citations.some((c) => c.source === SOURCE_ID)).toBe(false);
    expect(disagreement.versions[1]!.citations).toEqual([
      { source: SOURCE_ID, paragraph: 1, fragment: "on October 14" },
    ]);
  });

  test("uses the draft's own disagreement for a conflict when it drafted one", () => {
    const draft = makeDraft();
    draft.events[0]!.conflicts[0]!.disagreement = "volodin-2023-arrival-per-example";
    draft.disagreements.push({
      id: "volodin-2023-arrival-per-example",
      targets: [{ record: MATCHED, path: "date" }],
      question: "When did Volodin arrive?",
      nature: "contradiction",
      versions: [
        { value: "On 15 October.", date: "2023-10-15", rank: "normal", citations: [{ source: "hanoitimes-325064" }] },
        { value: "On 14 October.", date: "2023-10-14", rank: "normal", citations: [{ source: SOURCE_ID }] },
      ],
      reason: "Not ranked yet.",
    });
    const ids = applied(dataset, draft)
      .changes.filter((c) => c.kind === "disagreements")
      .map((c) => c.id);
    expect(ids).toEqual(["volodin-2023-arrival-per-example"]);
  });

  test("marks the new source as held and hands back the article's text under its file name", () => {
    const { dataset: merged, texts } = applied(dataset, makeDraft());
    const source = merged.sources.find((s) => s.id === SOURCE_ID)!;
    expect(source).toMatchObject({ textAvailable: true, textFile: `${SOURCE_ID}.txt` });
    expect(texts).toEqual(new Map([[`${SOURCE_ID}.txt`, makeDraft().text]]));
    const named = makeDraft();
    named.source.textFile = "volodin-arrives.txt";
    expect([...applied(dataset, named).texts.keys()]).toEqual(["volodin-arrives.txt"]);
  });

  test("refuses a text file name that is not a plain name", () => {
    const draft = makeDraft();
    draft.source.textFile = "../outside.txt";
    const result = applyDraft(dataset, draft);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["draft.malformed draft.source.textFile"]);
  });

  test("changes nothing when the same draft is applied a second time", () => {
    const once = applied(dataset, makeDraft());
    const twice = applied(once.dataset, makeDraft());
    expect(twice.changes).toEqual([]);
    expect(twice.dataset).toEqual(once.dataset);
  });

  test("keeps a curator's ranking of a drafted disagreement when the draft is applied again", () => {
    const once = applied(dataset, makeDraft());
    const ranked = structuredClone(once.dataset);
    const disagreement = ranked.disagreements.find((d) => d.id === `${MATCHED}-date-per-${SOURCE_ID}`)!;
    disagreement.versions[0]!.rank = "preferred";
    disagreement.versions[1]!.rank = "deprecated";
    expect(applied(ranked, makeDraft()).changes).toEqual([]);
  });

  test("leaves the dataset it was given as it was", () => {
    const before = structuredClone(dataset);
    applied(dataset, makeDraft());
    expect(dataset).toEqual(before);
  });

  test("refuses a malformed draft with one issue per problem", () => {
    const draft = makeDraft() as unknown as Record<string, unknown>;
    delete draft.text;
    (draft.source as Record<string, unknown>).url = "not a url";
    const result = applyDraft(dataset, draft);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.code, i.path])).toEqual([
      ["draft.malformed", "draft.text"],
      ["draft.malformed", "draft.source.url"],
    ]);
  });

  test("refuses something that is not a draft at all", () => {
    const result = applyDraft(dataset, [1, 2, 3]);
    expect(!result.ok && result.issues).toEqual([
      {
        code: "draft.malformed",
        path: "draft",
        id: null,
        message: "Invalid input: expected object, received array",
        detail: { key: "schema", problem: expect.objectContaining({ code: "invalid_type", received: "array" }) },
      },
    ]);
  });

  test("refuses a stale draft whose match and references no longer exist, one issue each", () => {
    const base = structuredClone(dataset) as Dataset;
    base.events = base.events.filter((e) => e.id !== MATCHED);
    base.disagreements = base.disagreements.filter((d) => !d.targets.some((t) => t.record === MATCHED));
    const draft = makeDraft();
    draft.events[1]!.record.place = "atlantis";
    const result = applyDraft(base, draft);
    expect(!result.ok && result.issues.map((i) => `${i.code} ${i.path} ${i.message}`)).toEqual([
      `draft.stale draft.events[0].match the matched event "${MATCHED}" is no record in the dataset`,
      'draft.stale draft.events[1].record.place "atlantis" is not the id of any place in the dataset or the draft',
    ]);
  });

  test("refuses a draft that reuses an id for a different record", () => {
    const draft = makeDraft();
    draft.people[0]!.id = "vyacheslav-volodin";
    draft.events[0]!.record.participants[1]!.person = "vyacheslav-volodin";
    const result = applyDraft(dataset, draft);
    expect(!result.ok && result.issues.map((i) => [i.code, i.path])).toEqual([
      ["draft.id-taken", "draft.people[0].id"],
    ]);
  });

  test("refuses a draft whose article is already recorded under another source id", () => {
    const draft = makeDraft();
    draft.source.url = dataset.sources[0]!.url;
    const result = applyDraft(dataset, draft);
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(["draft.source-recorded"]);
  });

  test("refuses a merge that would not validate, with the validator's issues", () => {
    const draft = makeDraft();
    draft.events[1]!.record.citations[0]!.fragment = "words the article never wrote";
    const result = applyDraft(dataset, draft);
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(["provenance.fragment-not-found"]);
  });
});
