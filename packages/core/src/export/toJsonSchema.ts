import { z } from "zod";
import { Dataset } from "../schema/Dataset.js";

/**
 * The JSON Schema (draft 2020-12) of a dataset file, generated from the zod schema.
 * It describes the input side: fields with defaults (empty lists, `acting: false`…) may be left out.
 * Checks zod runs in code (EDTF dates, at most 12 words per fragment) appear only as descriptions.
 */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Dataset, { io: "input" }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: "Parley dataset",
    description:
      "A source-cited knowledge base of Vietnam–Russia relations: one array per kind of record, a version, a citation and a licence.",
    ...rest,
  };
}
