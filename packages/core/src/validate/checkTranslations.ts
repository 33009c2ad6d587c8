import type { Dataset } from "../schema/Dataset.js";
import { missingTranslations, translatedFields } from "../translate/missingTranslations.js";
import { issue, jsonPath, notice } from "./issue.js";
import type { ValidationIssue, ValidationNotice } from "./ValidationIssue.js";

/**
 * Translations hold only texts the English record has (and one value per disagreement version); records lacking a
 * language the dataset says it is translated into are listed as notices, so pages can mark their English fallback.
 */
export function checkTranslations(data: Dataset): { issues: ValidationIssue[]; notices: ValidationNotice[] } {
  const issues: ValidationIssue[] = [];
  for (const [kind, fields] of Object.entries(translatedFields) as [
    keyof typeof translatedFields,
    readonly string[],
  ][]) {
    (data[kind] as readonly Record<string, unknown>[]).forEach((record, i) => {
      const translations = record["translations"] as Record<string, Record<string, unknown> | undefined> | undefined;
      for (const [lang, translation] of Object.entries(translations ?? {})) {
        if (translation === undefined) continue;
        for (const field of fields) {
          const value = translation[field];
          if (value === undefined) continue;
          const path = jsonPath([kind, i, "translations", lang, field]);
          const id = String(record["id"]);
          if (record[field] === undefined)
            issues.push(issue("ref.translation-unmatched", path, id, { key: "translation-field-unknown", field }));
          else if (Array.isArray(value) && value.length !== (record[field] as unknown[]).length)
            issues.push(
              issue("ref.translation-unmatched", path, id, {
                key: "translation-count",
                given: value.length,
                expected: (record[field] as unknown[]).length,
              }),
            );
        }
      }
    });
  }
  const wanted = new Set(data.translatedInto ?? []);
  const notices = missingTranslations(data)
    .filter((m) => wanted.has(m.lang))
    .map((m) =>
      notice("translation.missing", m.id, { key: "translation-missing", id: m.id, language: m.lang, fields: m.fields }),
    );
  return { issues, notices };
}
