import type { z } from "zod";
import type { DeepReadonly } from "../deepFreeze.js";
import { freeTextFields } from "../model/forEachFreeText.js";
import { Dataset, recordKinds, type RecordKind } from "../schema/Dataset.js";
import { plainText } from "../text/plainText.js";

/** A kind's records as a table: the header and one row of text cells per record. */
export interface CsvTable {
  columns: string[];
  rows: string[][];
}

type Shape = Record<string, z.ZodType>;

/** Unwraps optional, nullable and default wrappers to the schema underneath. */
function unwrap(schema: z.ZodType): z.ZodType {
  let here = schema;
  for (;;) {
    const def = here.def as { type: string; innerType?: z.ZodType };
    if ((def.type === "optional" || def.type === "nullable" || def.type === "default") && def.innerType)
      here = def.innerType;
    else return here;
  }
}

function shapeOf(schema: z.ZodType): Shape | null {
  const inner = unwrap(schema);
  return inner.def.type === "object" ? ((inner as unknown as z.ZodObject).shape as Shape) : null;
}

/** A column: its header and how to read its cell from a record. */
interface Column {
  name: string;
  read: (record: Record<string, unknown>) => unknown;
  /** Field name the cell's value sits under, for the list rules. */
  field: string;
}

const columnsCache = new Map<RecordKind, Column[]>();

function columnsOf(kind: RecordKind): Column[] {
  const cached = columnsCache.get(kind);
  if (cached) return cached;
  const element = (Dataset.shape[kind] as unknown as z.ZodArray).element as z.ZodType;
  const columns: Column[] = [];
  for (const [field, schema] of Object.entries(shapeOf(element) ?? {})) {
    const nested = shapeOf(schema);
    if (nested) {
      for (const [sub, subSchema] of Object.entries(nested)) {
        const read = (r: Record<string, unknown>) => (r[field] as Record<string, unknown> | null | undefined)?.[sub];
        const inner = field === "translations" ? shapeOf(subSchema) : null;
        if (inner)
          // One column per language and text: `translations.vi.title`, `translations.ru.summary`.
          for (const text of Object.keys(inner))
            columns.push({
              name: `${field}.${sub}.${text}`,
              field: text,
              read: (r) => (read(r) as Record<string, unknown> | undefined)?.[text],
            });
        else columns.push({ name: `${field}.${sub}`, field: sub, read });
      }
    } else columns.push({ name: field, field, read: (r) => r[field] });
  }
  columnsCache.set(kind, columns);
  return columns;
}

const isCitation = (v: unknown): v is { source: string; paragraph?: number } =>
  typeof v === "object" && v !== null && typeof (v as { source?: unknown }).source === "string" && !("value" in v);

/** A JSON replacer that writes free texts without their link markup. */
function plainFreeText(key: string, value: unknown): unknown {
  return typeof value === "string" && freeTextFields.has(key) ? plainText(value) : value;
}

/** One value as cell text, by the rules documented on `toCsv`. */
function cellOf(field: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return freeTextFields.has(field) ? plainText(value) : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === "string")) return value.join("; ");
    if (field === "citations" && value.every(isCitation))
      return value.map((c) => (c.paragraph === undefined ? c.source : `${c.source}#${c.paragraph}`)).join("; ");
    if (field === "participants")
      return value
        .map((p: { person: string; role: string; posts: string[] }) => `${p.person}:${p.role}:${p.posts.join("+")}`)
        .join("; ");
    if (field === "organizations" && value.every((o) => typeof o === "object" && o !== null && "organization" in o)) {
      return value.map((o: { organization: string; role: string }) => `${o.organization}:${o.role}`).join("; ");
    }
    return value.length === 0 ? "" : JSON.stringify(value, plainFreeText);
  }
  return JSON.stringify(value, plainFreeText);
}

/** Whether a text names one of the dataset's record arrays. */
export function isRecordKind(kind: string): kind is RecordKind {
  return (recordKinds as readonly string[]).includes(kind);
}

/** A kind's records as a table of text cells, flattened by the rules documented on `toCsv`. */
export function csvTable(dataset: DeepReadonly<Dataset>, kind: RecordKind): CsvTable {
  if (!isRecordKind(kind)) throw new Error(`unknown kind "${String(kind)}"; expected one of ${recordKinds.join(", ")}`);
  const columns = columnsOf(kind);
  const records = dataset[kind] as readonly Record<string, unknown>[];
  return {
    columns: columns.map((c) => c.name),
    rows: records.map((record) => columns.map((c) => cellOf(c.field, c.read(record)))),
  };
}
