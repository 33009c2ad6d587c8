import { forEachFreeText } from "../model/forEachFreeText.js";
import { hasFieldPath } from "../model/hasFieldPath.js";
import { splitLinks } from "../text/splitLinks.js";
import { forEachLink, type LinkVisitor } from "../model/walkRecord.js";
import { recordKinds, type Dataset, type RecordKind } from "../schema/Dataset.js";
import { fold } from "../text/fold.js";
import { issue, jsonPath } from "./issue.js";
import type { IssueDetail } from "./IssueDetail.js";
import type { ValidationIssue } from "./ValidationIssue.js";

/** Kinds whose records must be used by another record. */
const MUST_BE_USED: readonly RecordKind[] = [
  "people",
  "organizations",
  "posts",
  "places",
  "topics",
  "countries",
  "sources",
];

/** One bit per kind, in `recordKinds` order; `USED` marks an id another record points to. */
const KIND_BIT = new Map<RecordKind, number>(recordKinds.map((kind, i) => [kind, 1 << i]));
const USED = 1 << recordKinds.length;

/** The bits of a list of kinds, cached by list (walkers pass the same few constant lists). */
const masks = new WeakMap<readonly RecordKind[], number>();
function maskOf(kinds: readonly RecordKind[]): number {
  let mask = masks.get(kinds);
  if (mask === undefined) {
    mask = 0;
    for (const kind of kinds) mask |= KIND_BIT.get(kind)!;
    masks.set(kinds, mask);
  }
  return mask;
}

function kindOfBit(bits: number): RecordKind {
  return recordKinds.find((kind) => (bits & KIND_BIT.get(kind)!) !== 0)!;
}

/** Whether following parents from `id` comes back to `id` (a loop further up that does not is not its loop). */
function leadsBack(id: string, parentOf: ReadonlyMap<string, string | undefined>): boolean {
  // Chains are short: walk a few steps with no bookkeeping, and keep a set of visited ids only for a long or looping chain.
  let here = parentOf.get(id);
  for (let step = 0; step < 32; step++) {
    if (here === undefined) return false;
    if (here === id) return true;
    here = parentOf.get(here);
  }
  const seen = new Set<string>([id]);
  here = parentOf.get(id);
  while (here !== undefined && !seen.has(here)) {
    seen.add(here);
    here = parentOf.get(here);
  }
  return here === id;
}

/** Layer 2: ids resolve to the right kind, are unique, parents do not loop, nothing is orphaned, names do not clash. */
export function checkReferences(data: Dataset, seenIds: ReadonlyMap<string, string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Each id's kind bit, plus USED once something points to it: one map lookup per link, no separate "used" set.
  const bitsOf = new Map<string, number>();

  let duplicates = false;
  for (const kind of recordKinds) {
    const bit = KIND_BIT.get(kind)!;
    const records = data[kind] as readonly { id: string }[];
    for (let i = 0; i < records.length; i++) {
      const id = records[i]!.id;
      const previous = bitsOf.get(id);
      if (previous !== undefined) {
        duplicates = true;
        issues.push(
          issue("ref.duplicate-id", jsonPath([kind, i, "id"]), id, {
            key: "id-duplicate",
            id,
            kind: kindOfBit(previous),
          }),
        );
      } else bitsOf.set(id, bit);
    }
  }

  // One visitor for every record (no closure per record); the record being walked is in these variables.
  let kind: RecordKind = recordKinds[0];
  let record: { id: string } = { id: "" };
  let index = 0;
  let lastKinds: readonly RecordKind[] | null = null;
  let lastMask = 0;
  const visit: LinkVisitor = (target, kinds, p0, p1, p2, p3, p4) => {
    if ((p0 === "parent" || p0 === "within") && target === record.id) return; // reported as a cycle
    if (kinds !== lastKinds) {
      lastKinds = kinds;
      lastMask = maskOf(kinds);
    }
    const bits = bitsOf.get(target);
    if (bits !== undefined && (bits & lastMask) !== 0) {
      if ((bits & USED) === 0 && target !== record.id) bitsOf.set(target, bits | USED);
      return;
    }
    const targetKind = bits !== undefined ? kindOfBit(bits) : (seenIds.get(target) as RecordKind | undefined);
    if (targetKind !== undefined && kinds.includes(targetKind)) return; // an id found only in a record that failed the shape check
    const path = jsonPath([kind, index, ...[p0, p1, p2, p3, p4].filter((p) => p !== undefined)]);
    if (targetKind === undefined)
      issues.push(issue("ref.unknown", path, record.id, { key: "id-unknown", target, expected: kinds }));
    else
      issues.push(
        issue("ref.wrong-kind", path, record.id, { key: "id-wrong-kind", target, actual: targetKind, expected: kinds }),
      );
  };
  for (const k of recordKinds) {
    const records = data[k];
    kind = k;
    for (let i = 0; i < records.length; i++) {
      record = records[i]!;
      index = i;
      forEachLink(k, records[i]!, visit);
    }
  }
  const isUsed = (id: string) => ((bitsOf.get(id) ?? 0) & USED) !== 0;

  const redirected = new Map<string, number>();
  /** Reports a problem with redirect `i`'s `field`, under the old id it sends on. */
  const flagRedirect = (code: string, i: number, field: "from" | "to", detail: IssueDetail) =>
    issues.push(issue(code, jsonPath(["redirects", i, field]), data.redirects[i]!.from, detail));
  data.redirects.forEach((redirect, i) => {
    const earlier = redirected.get(redirect.from);
    if (earlier !== undefined)
      flagRedirect("ref.redirect-duplicate", i, "from", { key: "redirect-duplicate", from: redirect.from, earlier });
    else redirected.set(redirect.from, i);
    const live = bitsOf.get(redirect.from);
    if (live !== undefined)
      flagRedirect("ref.redirect-live", i, "from", {
        key: "redirect-live",
        from: redirect.from,
        kind: kindOfBit(live),
      });
    if (!bitsOf.has(redirect.to) && !seenIds.has(redirect.to))
      flagRedirect("ref.unknown", i, "to", { key: "id-unknown", target: redirect.to, expected: null });
  });

  for (const k of recordKinds) {
    data[k].forEach((record, i) => {
      forEachFreeText(record, (text, path) => {
        if (!text.includes("](")) return;
        for (const part of splitLinks(text)) {
          if (part.id === undefined || bitsOf.has(part.id) || seenIds.has(part.id)) continue;
          issues.push(
            issue("ref.unknown-link", jsonPath([k, i, ...path]), record.id, {
              key: "link-unknown",
              text: part.text,
              target: part.id,
            }),
          );
        }
      });
    });
  }

  data.disagreements.forEach((disagreement, i) => {
    disagreement.targets.forEach((target, t) => {
      const bits = bitsOf.get(target.record);
      if (bits === undefined) return; // an unknown record is reported above
      const kind = kindOfBit(bits);
      if (!hasFieldPath(kind, target.path))
        issues.push(
          issue("ref.unknown-field", jsonPath(["disagreements", i, "targets", t, "path"]), disagreement.id, {
            key: "field-path-unknown",
            path: target.path,
            kind,
            record: target.record,
          }),
        );
    });
  });

  // Topics used only through their narrower topics are used too.
  const topicParent = new Map(data.topics.map((t) => [t.id, t.parent]));
  for (const topic of data.topics) {
    if (!isUsed(topic.id)) continue;
    let parent = topic.parent;
    const guard = new Set<string>();
    while (parent !== undefined && !guard.has(parent)) {
      guard.add(parent);
      const bits = bitsOf.get(parent);
      if (bits !== undefined) bitsOf.set(parent, bits | USED);
      parent = topicParent.get(parent);
    }
  }

  for (const kind of ["events", "organizations", "topics", "places"] as const) {
    const parentKey = kind === "places" ? "within" : "parent";
    const records = data[kind] as unknown as readonly Record<string, string | undefined>[];
    // With unique ids, an id missing from the map reads as "no parent", so only records with one go in; a duplicate id
    // takes the parent of its last record, as a map built from every record would give.
    const parentOf = new Map<string, string | undefined>();
    for (const r of records) if (duplicates || r[parentKey] !== undefined) parentOf.set(r.id!, r[parentKey]);
    records.forEach((record, i) => {
      if (!duplicates && record[parentKey] === undefined) return;
      if (leadsBack(record.id!, parentOf))
        issues.push(
          issue("ref.cycle", jsonPath([kind, i, parentKey]), record.id!, {
            key: "cycle",
            field: parentKey,
            id: record.id!,
          }),
        );
    });
  }

  for (const kind of MUST_BE_USED) {
    data[kind].forEach((record, i) => {
      if (!isUsed(record.id))
        issues.push(issue("ref.orphan", jsonPath([kind, i]), record.id, { key: "orphan", kind, id: record.id }));
    });
  }

  for (const kind of ["people", "organizations"] as const) {
    const owners = new Map<string, Set<number>>();
    data[kind].forEach((record, i) => {
      const all = [record.name, record.nativeName?.name, ...record.otherNames.map((n) => n.name)];
      for (const name of all) {
        if (!name) continue;
        const key = fold(name);
        let set = owners.get(key);
        if (!set) owners.set(key, (set = new Set()));
        set.add(i);
      }
    });
    const flagged = new Set<number>();
    for (const [name, set] of owners) {
      if (set.size < 2) continue;
      const ids = [...set].map((i) => data[kind][i]!.id);
      for (const i of set) {
        const record = data[kind][i]!;
        if (record.disambiguation || flagged.has(i)) continue;
        flagged.add(i);
        const others = ids.filter((id) => id !== record.id);
        issues.push(issue("ref.name-clash", jsonPath([kind, i]), record.id, { key: "name-clash", name, others }));
      }
    }
  }
  return issues;
}
