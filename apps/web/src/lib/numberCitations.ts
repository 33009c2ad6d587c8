import type { CitationView, Parley } from "@parley/core";
import { formatEdtf } from "./formatEdtf";

/** A citation with its number on the page, its anchor and what it supports, in words. */
export interface NumberedCitation {
  n: number;
  anchor: string;
  view: CitationView;
  /** What the citation backs, e.g. "the event", "Vyacheslav Volodin taking part". */
  about: string;
}

/** What a citation at a path inside a record supports, in words, with ids turned into names. */
export function describeCitationPath(parley: Parley, recordId: string, path: readonly (string | number)[]): string {
  const found = parley.get(recordId);
  const record = found.ok ? (found.value.record as Record<string, unknown>) : {};
  const [head, index] = path;
  const item =
    typeof index === "number"
      ? (record[head as string] as readonly Record<string, unknown>[] | undefined)?.[index]
      : undefined;
  switch (head) {
    case "participants":
      return item ? `${parley.labelOf(String(item.person))} taking part` : "a participant";
    case "earlierPlans":
      return item ? `the earlier plan for ${formatEdtf(String(item.date))}` : "an earlier plan";
    case "otherNames":
      return item ? `the name “${String(item.name)}”` : "an alternative name";
    case "nativeName":
      return "the name in its own script";
    case "birth":
      return "the birth date";
    case "death":
      return "the date of death";
    case "founded":
      return "the founding date";
    case "versions":
      return item ? `the version “${String(item.value)}”` : "a version";
    default:
      return "the record as a whole";
  }
}

/** Numbers a record's citations for one page, in order, with anchors `<prefix>-<n>`. */
export function numberCitations(
  parley: Parley,
  recordId: string,
  views: readonly CitationView[],
  prefix = "cite",
  start = 1,
): NumberedCitation[] {
  return views.map((view, i) => ({
    n: start + i,
    anchor: `${prefix}-${start + i}`,
    view,
    about: describeCitationPath(parley, recordId, view.path),
  }));
}

/** The numbered citations found under a path prefix (e.g. `["participants", 0]`). */
export function citationsUnder(
  numbered: readonly NumberedCitation[],
  prefix: readonly (string | number)[],
): NumberedCitation[] {
  return numbered.filter((c) => prefix.every((part, i) => c.view.path[i] === part));
}
