import type { IssueDetail } from "../validate/IssueDetail.js";
import { jsonPath } from "../validate/issue.js";
import { issueMessage } from "../validate/issueMessage.js";

/**
 * One reason `applyDraft` refuses: a malformed or stale draft (path into the draft, `draft.events[0].match`) or an
 * issue of the merged dataset from the validator (path into the dataset, `$.events[3].place`). One line each.
 */
export interface ApplyIssue {
  /** Stable code: `draft.malformed`, `draft.stale`, `draft.id-taken`, `draft.source-recorded`, or a validator code. */
  readonly code: string;
  /** Where: a path into the draft (`draft.…`) or into the merged dataset (`$.…`). */
  readonly path: string;
  /** The record concerned, where there is one. */
  readonly id: string | null;
  /** One line a curator understands, in English. */
  readonly message: string;
  /** What `message` says, as a key and values: `issueMessage` says it in Vietnamese or Russian. */
  readonly detail: IssueDetail;
}

/** Builds an issue of a draft, worded in English from its detail. */
export function applyIssue(code: string, path: string, id: string | null, detail: IssueDetail): ApplyIssue {
  return { code, path, id, message: issueMessage({ detail }, "en"), detail };
}

/** A path into the draft, as `draft.events[0].match`. */
export function draftPath(parts: readonly PropertyKey[]): string {
  return `draft${jsonPath(parts).slice(1)}`;
}
