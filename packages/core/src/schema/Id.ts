import { z } from "zod";
import { schemaRules } from "./schemaRules.js";

/** A stable, readable slug that names one record, unique across the whole dataset (e.g. `vyacheslav-volodin`). */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaRules.id.en)
  .describe("A stable, readable slug, unique across the whole dataset.");
export type Id = z.infer<typeof Id>;

/** A country id: the ISO 3166-1 alpha-2 code in lower case (`vn`, `ru`). */
export const CountryId = z
  .string()
  .regex(/^[a-z]{2}$/, schemaRules.country.en)
  .describe("ISO 3166-1 alpha-2 code in lower case.");
export type CountryId = z.infer<typeof CountryId>;

/** A BCP 47 language tag such as `en`, `vi`, `ru` or `ru-Latn`. */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, schemaRules.language.en)
  .describe("BCP 47 language tag.");
export type LanguageTag = z.infer<typeof LanguageTag>;
