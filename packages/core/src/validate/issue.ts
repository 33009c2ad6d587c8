import type { IssueDetail } from "./IssueDetail.js";
import { issueMessage } from "./issueMessage.js";
import type { ValidationIssue, ValidationLayer, ValidationNotice } from "./ValidationIssue.js";

const LAYER_BY_PREFIX: Record<string, ValidationLayer> = {
  shape: "shape",
  ref: "references",
  time: "time",
  provenance: "provenance",
};

/** Formats a JSON path like `$.events[3].participants[0].posts[0]`. */
export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = "$";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** Builds an issue, worded in English from its detail; the layer follows from the code's prefix. */
export function issue(code: string, path: string, id: string | null, detail: IssueDetail): ValidationIssue {
  const layer = LAYER_BY_PREFIX[code.slice(0, code.indexOf("."))] ?? "shape";
  return { code, layer, path, id, message: issueMessage({ detail }, "en"), detail };
}

/** Builds a notice, worded in English from its detail. */
export function notice(code: string, id: string | null, detail: IssueDetail): ValidationNotice {
  return { code, id, message: issueMessage({ detail }, "en"), detail };
}
