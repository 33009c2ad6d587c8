export type { Label, LabelLanguage, LabelTable } from "./Label.js";
export { eventKindLabels } from "./eventKindLabels.js";
export { eventStatusLabels } from "./eventStatusLabels.js";
export { organizationRoleLabels } from "./organizationRoleLabels.js";
export { participantRoleLabels } from "./participantRoleLabels.js";
export { rankLabels } from "./rankLabels.js";
export { recordKindLabels } from "./recordKindLabels.js";
export type { RecordKindLabel } from "./recordKindLabels.js";
