import type { OrganizationRole } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";
import text from "./text/organizationRole.json";

/** Every part an organization can play in an event, in words. */
export const organizationRoleLabels: LabelTable<OrganizationRole> = Object.freeze(text);
