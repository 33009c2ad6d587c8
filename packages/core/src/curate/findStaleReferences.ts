import { forEachLink } from "../model/walkRecord.js";
import { type Dataset, type RecordKind, type RecordOf } from "../schema/Dataset.js";
import type { Draft } from "../draft/Draft.js";
import { applyIssue, draftPath, type ApplyIssue } from "./ApplyIssue.js";

/** The kind of every id in a dataset. */
export function kindsById(dataset: Dataset): Map<string, RecordKind> {
  const kinds = new Map<string, RecordKind>();
  for (const [kind, records] of Object.entries(dataset)) {
    if (!Array.isArray(records)) continue;
    for (const record of records as { id: string }[])
      if (!kinds.has(record.id)) kinds.set(record.id, kind as RecordKind);
  }
  return kinds;
}

/** The draft's records by the dataset field they would join, with their place in the draft. */
export function draftRecords(draft: Draft): { kind: RecordKind; record: RecordOf<RecordKind>; at: PropertyKey[] }[] {
  return [
    { kind: "sources" as const, record: draft.source, at: ["source"] },
    ...draft.events.map((e, i) => ({ kind: "events" as const, record: e.record, at: ["events", i, "record"] })),
    ...draft.people.map((r, i) => ({ kind: "people" as const, record: r, at: ["people", i] })),
    ...draft.documents.map((r, i) => ({ kind: "documents" as const, record: r, at: ["documents", i] })),
    ...draft.statements.map((r, i) => ({ kind: "statements" as const, record: r, at: ["statements", i] })),
    ...draft.disagreements.map((r, i) => ({ kind: "disagreements" as const, record: r, at: ["disagreements", i] })),
  ];
}

/**
 * Ids the draft relies on that the dataset no longer holds: a match that is not a recorded event, or a link from a
 * drafted record (a person, place, post, source…) to nothing the dataset or the draft itself holds. One issue each.
 * A draft goes stale when the dataset changed after it was drafted.
 */
export function findStaleReferences(dataset: Dataset, draft: Draft): ApplyIssue[] {
  const known = kindsById(dataset);
  const issues: ApplyIssue[] = [];
  draft.events.forEach((event, i) => {
    if (event.match === null) return;
    const kind = known.get(event.match);
    if (kind === "events") return;
    issues.push(
      applyIssue("draft.stale", draftPath(["events", i, "match"]), event.match, {
        key: "draft-match-stale",
        match: event.match,
        found: kind ?? null,
      }),
    );
  });
  // What the draft adds is known too (a new person may take part in a drafted event); a matched event's own id is not.
  const drafted = draftRecords(draft).filter(
    (d) => d.kind !== "events" || draft.events[d.at[1] as number]!.match === null,
  );
  for (const { kind, record } of drafted) if (!known.has(record.id)) known.set(record.id, kind);
  for (const { kind, record, at } of draftRecords(draft)) {
    forEachLink(kind, record, (target, kinds, ...path) => {
      const found = known.get(target);
      if (found !== undefined && kinds.includes(found)) return;
      issues.push(
        applyIssue("draft.stale", draftPath([...at, ...path.filter((p) => p !== undefined)]), record.id, {
          key: "draft-link-stale",
          target,
          expected: kinds,
          found: found ?? null,
        }),
      );
    });
  }
  return issues;
}
