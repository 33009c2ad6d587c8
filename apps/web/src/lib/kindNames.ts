import type { RecordKind } from "@parley/core";

/** Every record kind in words, one and many, as the site names them ("Office" for a post, "Term of office" for a membership). */
export const kindNames: Readonly<Record<RecordKind, { singular: string; plural: string }>> = {
  events: { singular: "Event", plural: "Events" },
  people: { singular: "Person", plural: "People" },
  organizations: { singular: "Organization", plural: "Organizations" },
  posts: { singular: "Office", plural: "Offices" },
  memberships: { singular: "Term of office", plural: "Terms of office" },
  documents: { singular: "Document", plural: "Documents" },
  statements: { singular: "Statement", plural: "Statements" },
  topics: { singular: "Topic", plural: "Topics" },
  places: { singular: "Place", plural: "Places" },
  countries: { singular: "Country", plural: "Countries" },
  sources: { singular: "Source", plural: "Sources" },
  disagreements: { singular: "Disagreement", plural: "Disagreements" },
};
