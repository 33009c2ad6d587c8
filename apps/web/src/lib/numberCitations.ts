import type { CitationView, Disagreement, Frozen, Language, Parley } from "@parley/core";
import { formatEdtf } from "./formatEdtf";
import { versionOf } from "./frozenText";
import { libText } from "./libText";

/** A citation with its number on the page, its anchor and what it supports, in words. */
export interface NumberedCitation {
  n: number;
  anchor: string;
  view: CitationView;
  /** What the citation backs, in the page's language, e.g. "the birth date", "Vyacheslav Volodin taking part". */
  about: string;
}

/** What a citation at a path inside a record supports, in words in a language, with ids turned into names. */
export function describeCitationPath(
  parley: Parley,
  recordId: string,
  path: readonly (string | number)[],
  language: Language,
): string {
  const t = libText[language].about;
  const found = parley.get(recordId);
  const record = found.ok ? (found.value.record as Record<string, unknown>) : {};
  const [head, index] = path;
  const item =
    typeof index === "number"
      ? (record[head as string] as readonly Record<string, unknown>[] | undefined)?.[index]
      : undefined;
  switch (head) {
    case "participants":
      return item ? t.participant(parley.labelOf(String(item.person), language)) : t.aParticipant;
    case "earlierPlans":
      return item ? t.earlierPlan(formatEdtf(String(item.date), language)) : t.anEarlierPlan;
    case "otherNames":
      return item ? t.name(String(item.name)) : t.aName;
    case "nativeName":
      return t.nativeName;
    case "birth":
      return t.birth;
    case "death":
      return t.death;
    case "founded":
      return t.founded;
    case "versions": {
      if (!item || typeof index !== "number") return t.aVersion;
      const value = found.ok ? versionOf(found.value.record as Frozen<Disagreement>, index, language) : undefined;
      return t.version(value?.text ?? String(item.value));
    }
    default:
      return t.record;
  }
}

/** Numbers a record's citations for one page in its language, in order, with anchors `<prefix>-<n>`. */
export function numberCitations(
  parley: Parley,
  recordId: string,
  views: readonly CitationView[],
  language: Language,
  prefix = "cite",
  start = 1,
): NumberedCitation[] {
  return views.map((view, i) => ({
    n: start + i,
    anchor: `${prefix}-${start + i}`,
    view,
    about: describeCitationPath(parley, recordId, view.path, language),
  }));
}

/** The numbered citations found under a path prefix (e.g. `["participants", 0]`). */
export function citationsUnder(
  numbered: readonly NumberedCitation[],
  prefix: readonly (string | number)[],
): NumberedCitation[] {
  return numbered.filter((c) => prefix.every((part, i) => c.view.path[i] === part));
}
