import { z } from "zod";
import { Draft } from "./Draft.js";

/**
 * The JSON Schema (draft 2020-12) of a draft, generated from the zod schema, published as
 * `exports/draft.schema.json` beside the dataset's. Checks zod runs in code (EDTF, fragment words) are descriptions.
 */
export function draftJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(Draft, { io: "input" }) as Record<string, unknown>;
  return {
    $schema,
    title: "Parley draft",
    description: "Cited draft records drafted from one news article, matched against the record.",
    ...rest,
  };
}
