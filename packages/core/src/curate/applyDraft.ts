/**
 * Merges a reviewed draft into a dataset without overwriting anything: new records are added, a matched event gains
 * the new source's citations (on the event and its participants) and the participants it lacks, and each conflict
 * becomes a disagreement that keeps both versions; the new source is marked as held, with the article's text to keep
 * beside the dataset (`texts`). The merge is refused, with one issue per problem, when the draft is
 * malformed, stale (it relies on ids the dataset no longer holds), reuses an id for something else, or the merged
 * dataset fails any of the validator's four layers. Applying the same draft again changes nothing.
 */
import diff from "microdiff";
import { Draft } from "../draft/Draft.js";
import type { Citation } from "../schema/Citation.js";
import { recordKinds, type Dataset, type RecordKind, type RecordOf } from "../schema/Dataset.js";
import type { Disagreement } from "../schema/Disagreement.js";
import type { Event } from "../schema/Event.js";
import { validateDataset } from "../validate/validateDataset.js";
import type { ValidationNotice } from "../validate/ValidationIssue.js";
import { shapeDetail, valueAt } from "../validate/shapeDetail.js";
import { applyIssue, draftPath, type ApplyIssue } from "./ApplyIssue.js";
import { diffDatasets } from "./diffDatasets.js";
import { conflictTargetPath, disagreementFromConflict } from "./disagreementFromConflict.js";
import { findStaleReferences } from "./findStaleReferences.js";
import type { RecordChange } from "./RecordChange.js";

/** Options of `applyDraft`. */
export interface ApplyOptions {
  /** Source texts by source id, for checking the merged dataset's fragments; the draft's own text is added to them. */
  texts?: ReadonlyMap<string, string>;
}

/** The merged dataset and what changed, or every reason the draft cannot be applied. */
export type ApplyResult =
  | {
      ok: true;
      /** The merged dataset, validated on all four layers. */
      dataset: Dataset;
      /** What the merge changed, record by record (empty when the draft was applied already). */
      changes: readonly RecordChange[];
      /** What the validator could not check. */
      notices: readonly ValidationNotice[];
      /**
       * The source texts to keep with the merged dataset, by file name: the article's text under its source's
       * `textFile`, so the next read checks the drafted fragments against it.
       */
      texts: ReadonlyMap<string, string>;
    }
  | { ok: false; issues: readonly ApplyIssue[] };

const same = (a: unknown, b: unknown) => diff(a as object, b as object).length === 0;

/** Adds each citation that is not there already. */
function gain(citations: Citation[], more: readonly Citation[]): void {
  for (const citation of more) if (!citations.some((c) => same(c, citation))) citations.push(citation);
}

/**
 * A matched event gains what the draft adds from its source: citations on the event and on the participants it
 * has, and the participants it lacks (a person the article places there). Nothing it holds is changed.
 */
function gainFromDraft(recorded: Event, drafted: Event, source: string): void {
  gain(
    recorded.citations,
    drafted.citations.filter((c) => c.source === source),
  );
  for (const participant of drafted.participants) {
    const there = recorded.participants.find((p) => p.person === participant.person);
    if (there)
      gain(
        there.citations,
        participant.citations.filter((c) => c.source === source),
      );
    else recorded.participants.push(participant);
  }
}

/** Merges a reviewed draft (any JSON value; it is checked) into a copy of `dataset`; see the module comment. */
export function applyDraft(dataset: Dataset, input: unknown, options: ApplyOptions = {}): ApplyResult {
  const parsed = Draft.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) =>
        applyIssue("draft.malformed", draftPath(i.path), null, shapeDetail(i, valueAt(input, i.path))),
      ),
    };
  }
  const draft = parsed.data;
  const stale = findStaleReferences(dataset, draft);
  if (stale.length > 0) return { ok: false, issues: stale };

  const merged = structuredClone(dataset);
  const issues: ApplyIssue[] = [];
  const byId = new Map<string, { kind: RecordKind; record: unknown }>();
  for (const kind of recordKinds) for (const record of merged[kind]) byId.set(record.id, { kind, record });

  /** Adds a record unless the same one is there already; an id held by something else is an issue. */
  const add = <K extends RecordKind>(kind: K, record: RecordOf<K>, at: PropertyKey[]) => {
    const there = byId.get(record.id);
    if (there === undefined) {
      (merged[kind] as RecordOf<K>[]).push(record);
      byId.set(record.id, { kind, record });
    } else if (there.kind !== kind || !same(there.record, record)) {
      issues.push(
        applyIssue("draft.id-taken", draftPath([...at, "id"]), record.id, {
          key: "draft-id-taken",
          id: record.id,
          holder: there.kind,
          kind,
        }),
      );
    }
  };

  const { source } = draft;
  const recordedAs = source.url === null ? undefined : merged.sources.find((s) => s.url === source.url);
  if (recordedAs !== undefined && recordedAs.id !== source.id) {
    issues.push(
      applyIssue("draft.source-recorded", draftPath(["source", "url"]), source.id, {
        key: "draft-source-recorded",
        recorded: recordedAs.id,
      }),
    );
  }
  // The article's text is kept with the dataset: the source says it is held, and in which file.
  const held = draft.text.trim() !== "";
  const kept = held ? { ...source, textAvailable: true, textFile: source.textFile ?? `${source.id}.txt` } : source;
  if (held && !/^[^./\\][^/\\]*$/u.test(kept.textFile!))
    issues.push(
      applyIssue("draft.malformed", draftPath(["source", "textFile"]), source.id, {
        key: "draft-text-file",
        file: kept.textFile!,
        suggested: `${source.id}.txt`,
      }),
    );
  add("sources", kept, ["source"]);

  draft.events.forEach((drafted, i) => {
    if (drafted.match === null) return add("events", drafted.record, ["events", i, "record"]);
    const recorded = byId.get(drafted.match)!.record as Event;
    gainFromDraft(recorded, drafted.record, source.id);
    drafted.conflicts.forEach((conflict, c) => {
      const covered =
        (conflict.disagreement !== undefined && draft.disagreements.some((d) => d.id === conflict.disagreement)) ||
        draft.disagreements.some((d) =>
          d.targets.some((t) => t.record === recorded.id && t.path === conflictTargetPath(conflict)),
        );
      if (covered) return;
      const disagreement = disagreementFromConflict(recorded, conflict, source, draft.text);
      // Kept once: a curator may have ranked it since, and applying again must not undo that.
      const there = byId.get(disagreement.id);
      if (
        there?.kind === "disagreements" &&
        (there.record as Disagreement).targets.some(
          (t) => t.record === recorded.id && t.path === conflictTargetPath(conflict),
        )
      )
        return;
      add("disagreements", disagreement, ["events", i, "conflicts", c]);
    });
  });
  draft.people.forEach((r, i) => add("people", r, ["people", i]));
  draft.documents.forEach((r, i) => add("documents", r, ["documents", i]));
  draft.statements.forEach((r, i) => add("statements", r, ["statements", i]));
  draft.disagreements.forEach((r, i) => add("disagreements", r, ["disagreements", i]));
  if (issues.length > 0) return { ok: false, issues };

  const texts = new Map(options.texts ?? []);
  texts.set(source.id, draft.text);
  const result = validateDataset(merged, { texts });
  if (!result.ok) return { ok: false, issues: result.issues };
  return {
    ok: true,
    dataset: result.dataset,
    changes: diffDatasets(dataset, result.dataset).records,
    notices: result.notices,
    texts: new Map(held && kept.textFile !== undefined ? [[kept.textFile, draft.text]] : []),
  };
}
