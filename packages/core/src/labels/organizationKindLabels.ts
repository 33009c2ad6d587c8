import type { OrganizationKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every kind of organization in words. */
export const organizationKindLabels: LabelTable<OrganizationKind> = Object.freeze({
  legislature: { en: "Legislature" },
  chamber: { en: "Chamber" },
  party: { en: "Party" },
  "party-body": { en: "Party body" },
  government: { en: "Government" },
  "state-office": { en: "State office" },
  ministry: { en: "Ministry" },
  embassy: { en: "Embassy" },
  "bilateral-mechanism": { en: "Bilateral mechanism" },
  "friendship-group": { en: "Friendship group" },
  "parliamentary-body": { en: "Parliamentary body" },
  "city-government": { en: "City government" },
  military: { en: "Military" },
  "news-publisher": { en: "News publisher" },
  "news-agency": { en: "News agency" },
  "international-organization": { en: "International organization" },
  other: { en: "Other" },
});
