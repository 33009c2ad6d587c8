import type { OrganizationRole } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every part an organization can play in an event, in words. */
export const organizationRoleLabels: LabelTable<OrganizationRole> = Object.freeze({
  host: { en: "Host" },
  guest: { en: "Guest" },
  organizer: { en: "Organizer" },
  participant: { en: "Participant" },
  subject: { en: "Subject" },
});
