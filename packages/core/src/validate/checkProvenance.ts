import { citationListsOf } from "../model/walkRecord.js";
import { recordKinds, type Dataset } from "../schema/Dataset.js";
import { splitParagraphs } from "../text/splitParagraphs.js";
import { issue, jsonPath } from "./issue.js";
import type { ValidationIssue, ValidationNotice } from "./ValidationIssue.js";

const collapse = (s: string) => s.replace(/\s+/gu, " ").trim();

/** Layer 4: every fact cites a source; fragments and paragraphs match the source texts that are available. */
export function checkProvenance(
  data: Dataset,
  texts: ReadonlyMap<string, string>,
): { issues: ValidationIssue[]; notices: ValidationNotice[] } {
  const issues: ValidationIssue[] = [];
  const notices: ValidationNotice[] = [];
  const paragraphs = new Map<string, string[]>();
  for (const [sourceId, text] of texts) paragraphs.set(sourceId, splitParagraphs(text).map(collapse));
  const unchecked = new Map<string, number>();

  for (const kind of recordKinds) {
    data[kind].forEach((record, i) => {
      for (const list of citationListsOf(kind, record)) {
        if (list.required && list.citations.length === 0) {
          issues.push(
            issue(
              "provenance.uncited",
              jsonPath([kind, i, ...list.path]),
              record.id,
              `the ${list.what} cites no source`,
            ),
          );
        }
        list.citations.forEach((citation, c) => {
          if (citation.fragment === undefined && citation.paragraph === undefined) return;
          const paras = paragraphs.get(citation.source);
          if (!paras) {
            unchecked.set(citation.source, (unchecked.get(citation.source) ?? 0) + 1);
            return;
          }
          const path = [kind, i, ...list.path, c];
          if (citation.paragraph !== undefined && citation.paragraph > paras.length) {
            issues.push(
              issue(
                "provenance.paragraph-out-of-range",
                jsonPath([...path, "paragraph"]),
                record.id,
                `paragraph ${citation.paragraph} does not exist in "${citation.source}" (it has ${paras.length})`,
              ),
            );
            return;
          }
          if (citation.fragment === undefined) return;
          const fragment = collapse(citation.fragment);
          const haystack = citation.paragraph !== undefined ? paras[citation.paragraph - 1]! : paras.join("\n");
          if (!haystack.includes(fragment)) {
            const where =
              citation.paragraph !== undefined
                ? `paragraph ${citation.paragraph} of "${citation.source}"`
                : `"${citation.source}"`;
            issues.push(
              issue(
                "provenance.fragment-not-found",
                jsonPath([...path, "fragment"]),
                record.id,
                `the fragment "${citation.fragment}" does not occur in ${where}`,
              ),
            );
          }
        });
      }
    });
  }

  for (const source of data.sources) {
    if (source.textAvailable && !texts.has(source.id)) {
      notices.push({
        code: "provenance.text-unavailable",
        id: source.id,
        message: `the text of "${source.id}" was not supplied, so its fragments and paragraphs were not checked`,
      });
    }
  }
  const heldIds = new Set(data.sources.filter((s) => s.textAvailable).map((s) => s.id));
  const unheld = [...unchecked].filter(([sourceId]) => !heldIds.has(sourceId));
  if (unheld.length > 0) {
    const pointers = unheld.reduce((sum, [, count]) => sum + count, 0);
    const named = unheld
      .slice(0, 5)
      .map(([id]) => `"${id}"`)
      .join(", ");
    const more = unheld.length > 5 ? ` and ${unheld.length - 5} more` : "";
    notices.push({
      code: "provenance.fragment-unchecked",
      id: unheld.length === 1 ? unheld[0]![0] : null,
      message:
        `${pointers} fragment or paragraph pointer${pointers === 1 ? "" : "s"} into ${named}${more} not checked: ` +
        `Parley does not hold ${unheld.length === 1 ? "its" : "their"} text`,
    });
  }
  return { issues, notices };
}
