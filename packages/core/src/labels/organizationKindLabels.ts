import type { OrganizationKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";
import text from "./text/organizationKind.json";

/** Every kind of organization in words. */
export const organizationKindLabels: LabelTable<OrganizationKind> = Object.freeze(text);
