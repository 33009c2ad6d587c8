import type { RecordKind } from "../schema/Dataset.js";
import type { Label } from "./Label.js";

/** How one record kind is named: one record ("Office") and a list of them ("Offices"). */
export interface RecordKindLabel {
  /** One record, as a result's kind or a page's kicker. */
  readonly singular: Label;
  /** Many records, as a heading. */
  readonly plural: Label;
}

/**
 * Every record kind in words, as both apps show them. A post reads "Office" and a membership "Term of office":
 * the model keeps Popolo's terms, the reader sees the plain ones.
 */
export const recordKindLabels: Readonly<Record<RecordKind, RecordKindLabel>> = Object.freeze({
  events: { singular: { en: "Event" }, plural: { en: "Events" } },
  people: { singular: { en: "Person" }, plural: { en: "People" } },
  organizations: { singular: { en: "Organization" }, plural: { en: "Organizations" } },
  posts: { singular: { en: "Office" }, plural: { en: "Offices" } },
  memberships: { singular: { en: "Term of office" }, plural: { en: "Terms of office" } },
  documents: { singular: { en: "Document" }, plural: { en: "Documents" } },
  statements: { singular: { en: "Statement" }, plural: { en: "Statements" } },
  topics: { singular: { en: "Topic" }, plural: { en: "Topics" } },
  places: { singular: { en: "Place" }, plural: { en: "Places" } },
  countries: { singular: { en: "Country" }, plural: { en: "Countries" } },
  sources: { singular: { en: "Source" }, plural: { en: "Sources" } },
  disagreements: { singular: { en: "Disagreement" }, plural: { en: "Disagreements" } },
});
