import { z } from "zod";
import { schemaRules } from "./schemaRules.js";
import { isEdtf } from "../dates/dateBounds.js";

/**
 * A date in EDTF (ISO 8601-2) level 0 or 1: `2023`, `2023-10`, `2023-10-16`,
 * `2023-10-15/2023-10-16`, `2023-10~`, `2023-10?`, `../2025-09-28`.
 * Precision is kept as the source gives it, never padded into invented days.
 */
export const EdtfDate = z
  .string()
  .refine(isEdtf, { message: schemaRules.edtf.en })
  .describe("EDTF (ISO 8601-2) level 0/1 date or interval, at the precision the source gives.");
export type EdtfDate = z.infer<typeof EdtfDate>;
