import type { z } from "zod";
import { Dataset, type RecordKind } from "../schema/Dataset.js";

/** The object schema a field's schema holds, past optional, default, nullable and list wrappers; null for a plain value. */
function objectInside(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | null {
  let here = schema;
  for (let guard = 0; guard < 16; guard++) {
    const def = here._zod.def as { type: string; innerType?: z.core.$ZodType; element?: z.core.$ZodType };
    if (def.type === "object") return (def as unknown as { shape: Record<string, z.core.$ZodType> }).shape;
    const next = def.innerType ?? def.element;
    if (next === undefined) return null;
    here = next;
  }
  return null;
}

/**
 * Whether `path` (dotted field names, no array indexes: `date`, `participants.posts`) names a field of a record of
 * the given kind, as its zod schema defines it.
 */
export function hasFieldPath(kind: RecordKind, path: string): boolean {
  let fields = objectInside(Dataset.shape[kind]);
  const names = path.split(".");
  for (let i = 0; i < names.length; i++) {
    const field = fields && Object.hasOwn(fields, names[i]!) ? fields[names[i]!]! : undefined;
    if (field === undefined) return false;
    if (i < names.length - 1) fields = objectInside(field);
  }
  return true;
}
