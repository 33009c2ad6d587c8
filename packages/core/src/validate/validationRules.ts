import type { ValidationLayer } from "./ValidationIssue.js";

/** A rule the validator enforces, described for curators and the methodology page. */
export interface ValidationRule {
  /** The issue code the rule reports. */
  code: string;
  /** The layer it belongs to. */
  layer: ValidationLayer;
  /** What the rule requires, in one sentence. */
  description: string;
}

/** Every rule `validateDataset` enforces, in the order it runs them. */
export const validationRules: readonly ValidationRule[] = Object.freeze([
  {
    code: "shape.not-object",
    layer: "shape",
    description: "The dataset is one JSON object with a version, a citation, a licence and one array per kind.",
  },
  {
    code: "shape.type",
    layer: "shape",
    description: "Every field has the type the schema gives it (text, number, list, object).",
  },
  { code: "shape.missing", layer: "shape", description: "Every required field is present." },
  {
    code: "shape.unknown-key",
    layer: "shape",
    description: "Records carry no fields the schema does not define, so typos are caught.",
  },
  {
    code: "shape.enum",
    layer: "shape",
    description: "Kinds, statuses, roles and ranks come from the controlled lists.",
  },
  {
    code: "shape.format",
    layer: "shape",
    description: "Ids are readable slugs, dates are EDTF level 0/1, URLs are http(s), fragments have at most 12 words.",
  },
  {
    code: "shape.size",
    layer: "shape",
    description:
      "Lists and texts respect their minimum and maximum sizes (e.g. a disagreement keeps at least two versions).",
  },
  {
    code: "shape.unreadable",
    layer: "shape",
    description: "The input can be read at all (a safety net: any unexpected failure is reported, never thrown).",
  },
  { code: "ref.duplicate-id", layer: "references", description: "No two records share an id, across all kinds." },
  {
    code: "ref.unknown",
    layer: "references",
    description: "Every id a record or a redirect points to exists.",
  },
  {
    code: "ref.wrong-kind",
    layer: "references",
    description:
      "Every id a record points to names a record of the right kind (a participant is a person, a place is a place).",
  },
  {
    code: "ref.redirect-duplicate",
    layer: "references",
    description: "An old id redirects to one record only: no two redirects share a `from`.",
  },
  {
    code: "ref.redirect-live",
    layer: "references",
    description: "A redirect's old id is not the id of a live record (a live id is never shadowed).",
  },
  {
    code: "ref.unknown-link",
    layer: "references",
    description:
      "A link written in a free text (summary, note, reason…) as [visible text](record-id) names a record that exists.",
  },
  {
    code: "ref.translation-unmatched",
    layer: "references",
    description:
      "A translation holds only texts the English record has, and one value for each version of a disagreement.",
  },
  {
    code: "ref.unknown-field",
    layer: "references",
    description: "A disagreement's target path names a field of its record's kind (e.g. an event's date or kind).",
  },
  {
    code: "ref.cycle",
    layer: "references",
    description: "Parent links (events, organizations, topics, places) never loop back.",
  },
  {
    code: "ref.orphan",
    layer: "references",
    description:
      "Every person, organization, post, place, topic, country and source is used by at least one other record.",
  },
  {
    code: "ref.name-clash",
    layer: "references",
    description:
      "No two people, or two organizations, share a name or alias (accents and case ignored) unless each has a note that tells them apart.",
  },
  {
    code: "time.range",
    layer: "time",
    description: "Ends are not before starts (terms of office, first and last seen, birth and death).",
  },
  {
    code: "time.overlap",
    layer: "time",
    description:
      "Terms in a single-holder post do not overlap, except an acting holder's or one who took charge of the work; " +
      "a handover on the same day is allowed.",
  },
  {
    code: "time.post-not-held",
    layer: "time",
    description:
      "Each post stated for a participant is one they held on the event's date; " +
      "a coarse date that straddles a change is ambiguous, not wrong.",
  },
  {
    code: "time.child-outside-parent",
    layer: "time",
    description: "A child event (a meeting within a visit) falls inside its parent's dates.",
  },
  {
    code: "time.document-outside-event",
    layer: "time",
    description: "A document's date falls within the dates of the event where it was signed.",
  },
  {
    code: "time.sequence-order",
    layer: "time",
    description: "Numbered sessions of one mechanism are in date order and no number is used twice.",
  },
  {
    code: "time.unsupported-status",
    layer: "time",
    description:
      "An event marked as having taken place cites a source published on or after its start; a preview supports only 'announced'.",
  },
  {
    code: "provenance.uncited",
    layer: "provenance",
    description:
      "Every event, membership, participation, document, statement, alternative name, earlier plan, " +
      "birth or death, and disagreement version cites at least one source.",
  },
  {
    code: "provenance.fragment-not-found",
    layer: "provenance",
    description:
      "A verbatim fragment occurs in its source's text wherever that text is available (in the cited paragraph, when one is given).",
  },
  {
    code: "provenance.paragraph-out-of-range",
    layer: "provenance",
    description: "A cited paragraph number exists in the source's text wherever that text is available.",
  },
]);
