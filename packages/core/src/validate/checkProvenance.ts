import { citationListsOf } from "../model/walkRecord.js";
import { recordKinds, type Dataset } from "../schema/Dataset.js";
import { splitParagraphs } from "../text/splitParagraphs.js";
import { issue, jsonPath, notice } from "./issue.js";
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
            issue("provenance.uncited", jsonPath([kind, i, ...list.path]), record.id, {
              key: "uncited",
              part: list.part,
            }),
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
              issue("provenance.paragraph-out-of-range", jsonPath([...path, "paragraph"]), record.id, {
                key: "paragraph-out-of-range",
                paragraph: citation.paragraph,
                source: citation.source,
                count: paras.length,
              }),
            );
            return;
          }
          if (citation.fragment === undefined) return;
          const fragment = collapse(citation.fragment);
          const haystack = citation.paragraph !== undefined ? paras[citation.paragraph - 1]! : paras.join("\n");
          if (!haystack.includes(fragment)) {
            issues.push(
              issue("provenance.fragment-not-found", jsonPath([...path, "fragment"]), record.id, {
                key: "fragment-not-found",
                fragment: citation.fragment,
                source: citation.source,
                paragraph: citation.paragraph ?? null,
              }),
            );
          }
        });
      }
    });
  }

  for (const source of data.sources) {
    if (source.textAvailable && !texts.has(source.id)) {
      notices.push(notice("provenance.text-unavailable", source.id, { key: "text-unavailable", source: source.id }));
    }
  }
  const heldIds = new Set(data.sources.filter((s) => s.textAvailable).map((s) => s.id));
  const unheld = [...unchecked].filter(([sourceId]) => !heldIds.has(sourceId));
  if (unheld.length > 0) {
    const pointers = unheld.reduce((sum, [, count]) => sum + count, 0);
    notices.push(
      notice("provenance.fragment-unchecked", unheld.length === 1 ? unheld[0]![0] : null, {
        key: "fragments-unchecked",
        pointers,
        sources: unheld.map(([id]) => id),
      }),
    );
  }
  return { issues, notices };
}
