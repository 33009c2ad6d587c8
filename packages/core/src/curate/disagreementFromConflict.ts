import { isEdtf } from "../dates/dateBounds.js";
import type { Conflict } from "../draft/Draft.js";
import type { Citation } from "../schema/Citation.js";
import type { Disagreement } from "../schema/Disagreement.js";
import type { Event } from "../schema/Event.js";
import type { Source } from "../schema/Source.js";
import { splitParagraphs } from "../text/splitParagraphs.js";

const collapse = (s: string) => s.replace(/\s+/gu, " ").trim();

/** Lower-case letters and digits joined by single hyphens, as ids are. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
}

/** A conflicting value in words: a list joined with commas, null as "not recorded". */
function valueText(value: Conflict["record"]): string {
  if (value === null) return "not recorded";
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** The 1-based paragraph of `text` holding `fragment`, if one does. */
export function paragraphOf(text: string, fragment: string): number | undefined {
  const wanted = collapse(fragment);
  const index = splitParagraphs(text).findIndex((p) => collapse(p).includes(wanted));
  return index < 0 ? undefined : index + 1;
}

/** The path a disagreement about a conflict targets: the conflict's path without array indexes. */
export function conflictTargetPath(conflict: Pick<Conflict, "path">): string {
  return conflict.path.replace(/\[\d+\]/gu, "");
}

/** The id of the disagreement drafted for a conflict: the event, the field and the source, as a slug. */
export function conflictDisagreementId(event: string, conflict: Pick<Conflict, "path">, source: string): string {
  return slug(`${event} ${conflict.path} per ${source}`);
}

/**
 * A disagreement that keeps both versions of a conflicting field, both ranked normal until a curator ranks them: the
 * record's, citing the event's sources for that field (or all of them), and the article's, citing its fragment.
 */
export function disagreementFromConflict(
  event: Event,
  conflict: Conflict,
  source: Pick<Source, "id" | "title">,
  text: string,
): Disagreement {
  const others = event.citations.filter((c) => c.source !== source.id);
  const field = conflict.path.replace(/\[\d+\]/gu, "").split(".")[0]!;
  const forField = others.filter((c) => c.note?.toLowerCase().includes(field.toLowerCase()));
  const paragraph = paragraphOf(text, conflict.fragment);
  const articleCitation: Citation = {
    source: source.id,
    ...(paragraph === undefined ? {} : { paragraph }),
    fragment: conflict.fragment,
  };
  const dateOf = (value: Conflict["record"]) =>
    typeof value === "string" && field === "date" && isEdtf(value) ? { date: value } : {};
  return {
    id: conflictDisagreementId(event.id, conflict, source.id),
    targets: [{ record: event.id, path: conflictTargetPath(conflict) }],
    question: `What is the ${conflict.path} of "${event.title}"?`,
    nature: "contradiction",
    versions: [
      {
        value: `As recorded: ${valueText(conflict.record)}.`,
        ...dateOf(conflict.record),
        rank: "normal",
        citations: forField.length > 0 ? forField : others,
      },
      {
        value: `As the article reports: ${valueText(conflict.article)}.`,
        ...dateOf(conflict.article),
        rank: "normal",
        citations: [articleCitation],
      },
    ],
    reason: "Not ranked yet: both versions are kept until a curator ranks them.",
  };
}
