import type { Language } from "../labels/Language.js";
import type { CitedPart } from "../model/CitedPart.js";
import type { RecordKind } from "../schema/Dataset.js";
import type { SchemaRule } from "../schema/schemaRules.js";

/**
 * A shape problem as zod reports it, without the value or path: enough for zod's own wording in each language. `received`
 * is the type of the value found (zod's names: `string`, `number`, `array`, `null`, …).
 */
export interface ShapeProblem {
  readonly code: string;
  /** zod's English wording. */
  readonly message: string;
  readonly received?: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly origin?: string;
  readonly minimum?: number | string;
  readonly maximum?: number | string;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: string;
  readonly divisor?: number;
}

/** The values each kind of issue or notice message is made from, by message key. */
export interface IssueValues {
  "dataset-not-object": Record<never, never>;
  "dataset-unreadable": { readonly reason: string };
  "field-missing": { readonly field: string };
  "fields-unknown": { readonly fields: readonly string[]; readonly topLevel: boolean };
  "list-missing": { readonly kind: string };
  "list-not-array": { readonly kind: string };
  "schema-rule": { readonly rule: SchemaRule };
  schema: { readonly problem: ShapeProblem };
  "id-duplicate": { readonly id: string; readonly kind: RecordKind };
  /** `expected` null: no record of any kind. */
  "id-unknown": { readonly target: string; readonly expected: readonly RecordKind[] | null };
  "id-wrong-kind": { readonly target: string; readonly actual: RecordKind; readonly expected: readonly RecordKind[] };
  "redirect-duplicate": { readonly from: string; readonly earlier: number };
  "redirect-live": { readonly from: string; readonly kind: RecordKind };
  "link-unknown": { readonly text: string; readonly target: string };
  "field-path-unknown": { readonly path: string; readonly kind: RecordKind; readonly record: string };
  cycle: { readonly field: string; readonly id: string };
  orphan: { readonly kind: RecordKind; readonly id: string };
  "name-clash": { readonly name: string; readonly others: readonly string[] };
  "term-ends-early": { readonly start: string; readonly end: string };
  "seen-outside-term": { readonly field: "firstSeen" | "lastSeen"; readonly date: string };
  /** `until` null: neither term has a recorded end. */
  "term-overlap": {
    readonly other: string;
    readonly post: string;
    readonly from: string;
    readonly until: string | null;
  };
  "death-before-birth": { readonly birth: string; readonly death: string };
  "post-not-held": {
    readonly person: string;
    readonly post: string;
    readonly date: string;
    readonly hasTerms: boolean;
  };
  "child-outside-parent": { readonly date: string; readonly parent: string; readonly parentDate: string };
  "took-place-unsupported": { readonly earliest: string };
  "document-outside-event": { readonly date: string; readonly event: string; readonly eventDate: string };
  "session-reused": { readonly sequence: number; readonly series: string; readonly other: string };
  "session-out-of-order": {
    readonly sequence: number;
    readonly series: string;
    readonly date: string;
    readonly previous: number;
    readonly previousDate: string;
  };
  uncited: { readonly part: CitedPart };
  "paragraph-out-of-range": { readonly paragraph: number; readonly source: string; readonly count: number };
  /** `paragraph` null: searched in the whole text. */
  "fragment-not-found": { readonly fragment: string; readonly source: string; readonly paragraph: number | null };
  "translation-field-unknown": { readonly field: string };
  "translation-count": { readonly given: number; readonly expected: number };
  "text-unavailable": { readonly source: string };
  "fragments-unchecked": { readonly pointers: number; readonly sources: readonly string[] };
  "translation-missing": { readonly id: string; readonly language: Language; readonly fields: readonly string[] };
  /** `found` null: no record has that id. */
  "draft-match-stale": { readonly match: string; readonly found: RecordKind | null };
  "draft-link-stale": {
    readonly target: string;
    readonly expected: readonly RecordKind[];
    readonly found: RecordKind | null;
  };
  "draft-id-taken": { readonly id: string; readonly holder: RecordKind; readonly kind: RecordKind };
  "draft-source-recorded": { readonly recorded: string };
  "draft-text-file": { readonly file: string; readonly suggested: string };
}

/** One message key of `IssueValues`. */
export type IssueMessageKey = keyof IssueValues;

/**
 * What an issue or notice says, as a message key and the values it names: language-neutral, so `issueMessage` can say
 * it in English, Vietnamese or Russian.
 */
export type IssueDetail = { [K in IssueMessageKey]: { readonly key: K } & IssueValues[K] }[IssueMessageKey];
