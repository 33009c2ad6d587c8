import type { Dataset } from "../schema/Dataset.js";
import { checkProvenance } from "./checkProvenance.js";
import { checkReferences } from "./checkReferences.js";
import { checkShape } from "./checkShape.js";
import { checkTime } from "./checkTime.js";
import { checkTranslations } from "./checkTranslations.js";
import { issue } from "./issue.js";
import type { ValidationIssue, ValidationNotice } from "./ValidationIssue.js";

/** Options for `validateDataset`. */
export interface ValidateOptions {
  /** Source texts by source id, for checking fragments and paragraphs; sources without text are reported as skipped. */
  texts?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** @internal Checks every record's shape with zod alone (slower, same result); for tests and benchmarks that compare. */
  zodOnly?: boolean;
}

/** The outcome of validation: the typed dataset, or every issue found. Notices say what could not be checked. */
export type ValidationResult =
  | { ok: true; dataset: Dataset; issues: []; notices: ValidationNotice[] }
  | { ok: false; dataset: null; issues: ValidationIssue[]; notices: ValidationNotice[] };

/**
 * Validates any input as a Parley dataset in four layers (shape, references, time, provenance)
 * and returns the typed dataset or every issue found. Never throws.
 *
 * The typed dataset reuses the input's objects wherever they already have their validated form (defaults present,
 * keys in the schema's order), so the input is handed over: do not change it afterwards, and expect its records to
 * be frozen once `createParley` hands them out. Pass a copy (`structuredClone`) to keep an editable original.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    const shape = checkShape(input, options.zodOnly === true);
    if ("fatal" in shape) return { ok: false, dataset: null, issues: shape.fatal, notices: [] };
    const texts = options.texts instanceof Map ? options.texts : new Map(Object.entries(options.texts ?? {}));
    const provenance = checkProvenance(shape.partial, texts);
    const translations = checkTranslations(shape.partial);
    const notices = [...provenance.notices, ...translations.notices];
    const issues = [
      ...shape.issues,
      ...checkReferences(shape.partial, shape.seenIds),
      ...checkTime(shape.partial),
      ...provenance.issues,
      ...translations.issues,
    ];
    if (issues.length > 0) return { ok: false, dataset: null, issues, notices };
    return { ok: true, dataset: shape.partial, issues: [], notices };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      dataset: null,
      issues: [issue("shape.unreadable", "$", null, { key: "dataset-unreadable", reason: detail })],
      notices: [],
    };
  }
}
