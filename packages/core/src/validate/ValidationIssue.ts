import type { IssueDetail } from "./IssueDetail.js";

/** The four layers of checks, run in this order. */
export type ValidationLayer = "shape" | "references" | "time" | "provenance";

/** One problem found in a dataset, stable enough to test against and plain enough for a curator. */
export interface ValidationIssue {
  /** Stable code, e.g. `ref.unknown`; see `validationRules`. */
  code: string;
  /** The layer that found it. */
  layer: ValidationLayer;
  /** JSON path to the offending value, e.g. `$.events[3].participants[0].posts[0]`. */
  path: string;
  /** Id of the record the issue is in, where it has one. */
  id: string | null;
  /** One line a curator understands, in English. */
  message: string;
  /** What `message` says, as a key and values: `issueMessage` says it in Vietnamese or Russian. */
  detail: IssueDetail;
}

/** Something the validator could not check, said plainly (e.g. a source whose text is not available). */
export interface ValidationNotice {
  /** Stable code, e.g. `provenance.text-unavailable`. */
  code: string;
  /** Id of the record concerned, where one. */
  id: string | null;
  /** One line, in English. */
  message: string;
  /** What `message` says, as a key and values: `issueMessage` says it in Vietnamese or Russian. */
  detail: IssueDetail;
}
