import type { ValidationIssue, ValidationLayer } from "./ValidationIssue.js";

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

/** Builds an issue; the layer follows from the code's prefix. */
export function issue(code: string, path: string, id: string | null, message: string): ValidationIssue {
  const layer = LAYER_BY_PREFIX[code.slice(0, code.indexOf("."))] ?? "shape";
  return { code, layer, path, id, message };
}
