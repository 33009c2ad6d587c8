import type { z } from "zod";
import { Dataset } from "../schema/Dataset.js";
import { compileFastParser, UNSURE, type FastParser } from "./compileFastParser.js";
import { issue, jsonPath } from "./issue.js";
import { shapeDetail, valueAt } from "./shapeDetail.js";
import type { ValidationIssue } from "./ValidationIssue.js";

/** The array inside a field's schema, for a list of records (bare, or with a default when the list may be left out). */
function recordArray(schema: z.ZodType): { array: z.ZodArray; optional: boolean } | null {
  if (schema.def.type === "array") return { array: schema as unknown as z.ZodArray, optional: false };
  const inner = (schema.def as { innerType?: z.ZodType }).innerType;
  if (schema.def.type === "default" && inner?.def.type === "array")
    return { array: inner as unknown as z.ZodArray, optional: true };
  return null;
}

/** The record arrays of the dataset, with the schema of one record each and whether the list may be left out. */
const recordSchemas = Object.entries(Dataset.shape).flatMap(([kind, schema]) => {
  const found = recordArray(schema as z.ZodType);
  return found ? [[kind, found.array, found.optional] as const] : [];
});
/** One fast parser per record schema, compiled on first use; zod itself parses only what they are unsure of. */
let fastParsers: Map<string, FastParser> | null = null;
function fastParserFor(kind: string): FastParser {
  fastParsers ??= new Map(recordSchemas.map(([k, schema]) => [k, compileFastParser(schema.element as z.ZodType)]));
  return fastParsers.get(kind)!;
}
const metaKeys = Object.entries(Dataset.shape).filter(([, schema]) => recordArray(schema as z.ZodType) === null) as [
  string,
  z.ZodType,
][];

/** What the shape layer hands on: the records that passed, and every id seen even in records that failed. */
export interface ShapeResult {
  /** The dataset with only well-formed records (defaults filled in). */
  partial: Dataset;
  /** Ids of records that failed the shape check, with the kind first seen (the ids of well-formed records are in `partial`). */
  seenIds: Map<string, string>;
  issues: ValidationIssue[];
}

function codeFor(zodIssue: z.core.$ZodIssue, value: unknown): string {
  switch (zodIssue.code) {
    case "invalid_type":
      return value === undefined ? "shape.missing" : "shape.type";
    case "unrecognized_keys":
      return "shape.unknown-key";
    case "invalid_value":
      return "shape.enum";
    case "too_small":
    case "too_big":
      return "shape.size";
    default:
      return "shape.format";
  }
}

function recordId(record: unknown): string | null {
  if (record && typeof record === "object" && typeof (record as { id?: unknown }).id === "string")
    return (record as { id: string }).id;
  return null;
}

/**
 * Layer 1: checks the dataset's shape record by record, so one bad record does not hide the rest.
 * Records go through a fast parser compiled from the schema and, where it is unsure, through zod
 * (which also words every issue); `zodOnly` sends every record through zod, for comparing the two.
 */
export function checkShape(input: unknown, zodOnly = false): ShapeResult | { fatal: ValidationIssue[] } {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      fatal: [issue("shape.not-object", "$", null, { key: "dataset-not-object" })],
    };
  }
  const raw = input as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const seenIds = new Map<string, string>();
  const partial: Record<string, unknown> = {};

  for (const [key, schema] of metaKeys) {
    const result = schema.safeParse(raw[key]);
    if (result.success) {
      if (result.data !== undefined) partial[key] = result.data;
    } else {
      for (const zi of result.error.issues) {
        const path = [key, ...zi.path];
        const value = valueAt(raw, path);
        issues.push(issue(codeFor(zi, value), jsonPath(path), null, shapeDetail(zi, value, path)));
      }
      partial[key] = "";
    }
  }
  const known = new Set(Object.keys(Dataset.shape));
  const extra = Object.keys(raw).filter((k) => !known.has(k));
  if (extra.length > 0)
    issues.push(issue("shape.unknown-key", "$", null, { key: "fields-unknown", fields: extra, topLevel: true }));

  for (const [kind, arraySchema, optional] of recordSchemas) {
    const records = raw[kind];
    const good: unknown[] = [];
    partial[kind] = good;
    if (records === undefined && optional) continue;
    if (!Array.isArray(records)) {
      const missing = records === undefined;
      issues.push(
        issue(missing ? "shape.missing" : "shape.type", jsonPath([kind]), null, {
          key: missing ? "list-missing" : "list-not-array",
          kind,
        }),
      );
      continue;
    }
    const element = arraySchema.element as z.ZodType;
    const fast = zodOnly ? null : fastParserFor(kind);
    for (let i = 0; i < records.length; i++) {
      const record: unknown = records[i];
      if (fast) {
        const parsed = fast(record);
        if (parsed !== UNSURE) {
          good.push(parsed);
          continue;
        }
      }
      const result = element.safeParse(record);
      if (result.success) {
        good.push(result.data);
        continue;
      }
      // Only failed records need remembering here: the reference layer finds the others in `partial`.
      const id = recordId(record);
      if (id !== null && !seenIds.has(id)) seenIds.set(id, kind);
      for (const zi of result.error.issues) {
        const path = [kind, i, ...zi.path];
        const value = valueAt(raw, path);
        issues.push(issue(codeFor(zi, value), jsonPath(path), id, shapeDetail(zi, value, path)));
      }
    }
  }
  return { partial: partial as Dataset, seenIds, issues };
}
