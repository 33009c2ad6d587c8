import type { z } from "zod";
import { util as zodUtil } from "zod/v4/core";
import { schemaRules, type SchemaRule } from "../schema/schemaRules.js";
import type { IssueDetail, ShapeProblem } from "./IssueDetail.js";

/** The schema's own rules by their English wording, which zod reports as the message. */
const ruleByWording = new Map<string, SchemaRule>(
  Object.entries(schemaRules).map(([rule, label]) => [label.en, rule as SchemaRule]),
);

/**
 * What a zod issue says, language-neutral: a missing field, unknown fields, one of the schema's rules, or zod's own
 * problem; `value` is the value at the issue's path, and `path` that path from the top (zod's starts where it was
 * given the value: a missing field given alone has an empty path).
 */
export function shapeDetail(
  zodIssue: z.core.$ZodIssue,
  value: unknown,
  path: readonly PropertyKey[] = zodIssue.path,
): IssueDetail {
  if (zodIssue.code === "invalid_type" && value === undefined)
    return { key: "field-missing", field: String(path.at(-1) ?? "value") };
  if (zodIssue.code === "unrecognized_keys") return { key: "fields-unknown", fields: zodIssue.keys, topLevel: false };
  const rule = ruleByWording.get(zodIssue.message);
  if (rule !== undefined) return { key: "schema-rule", rule };
  const { path: _path, input: _input, ...problem } = zodIssue as z.core.$ZodIssue & { input?: unknown };
  return {
    key: "schema",
    problem: { ...(problem as Omit<ShapeProblem, "received">), received: zodUtil.parsedType(value) },
  };
}

/** The value at a path inside what zod was given (undefined where the path leads nowhere). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}
