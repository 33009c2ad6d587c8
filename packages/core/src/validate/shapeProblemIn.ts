import type { z } from "zod";
import ruLocale from "zod/v4/locales/ru.js";
import viLocale from "zod/v4/locales/vi.js";
import type { ShapeProblem } from "./IssueDetail.js";

/** A value of each JSON type, for zod's wording, which names the type of the value it was given. */
const SAMPLES: Readonly<Record<string, unknown>> = {
  string: "",
  number: 0,
  nan: Number.NaN,
  boolean: false,
  array: [],
  null: null,
  object: {},
  undefined: undefined,
};

let maps: Record<"vi" | "ru", z.core.$ZodErrorMap> | null = null;

/** A shape problem in Vietnamese or Russian, as zod's own translations word it (English is zod's `message`). */
export function shapeProblemIn(problem: ShapeProblem, language: "vi" | "ru"): string {
  maps ??= { vi: viLocale().localeError, ru: ruLocale().localeError };
  const { received, message: _english, ...rest } = problem;
  const raw = { ...rest, input: received === undefined ? undefined : SAMPLES[received], path: [] };
  const said = maps[language](raw as unknown as z.core.$ZodRawIssue);
  const text = typeof said === "string" ? said : said?.message;
  return text ?? problem.message;
}
