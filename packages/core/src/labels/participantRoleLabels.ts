import type { ParticipantRole } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";
import text from "./text/participantRole.json";

/** Every part a person can play in an event, in words. */
export const participantRoleLabels: LabelTable<ParticipantRole> = Object.freeze(text);
