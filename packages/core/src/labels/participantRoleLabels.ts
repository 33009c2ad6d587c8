import type { ParticipantRole } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every part a person can play in an event, in words. */
export const participantRoleLabels: LabelTable<ParticipantRole> = Object.freeze({
  host: { en: "Host" },
  guest: { en: "Guest" },
  "co-chair": { en: "Co-chair" },
  signatory: { en: "Signatory" },
  attendee: { en: "Attendee" },
  "delegation-member": { en: "Delegation member" },
  "welcomed-by": { en: "Welcomed the guest" },
  organizer: { en: "Organizer" },
  speaker: { en: "Speaker" },
  caller: { en: "Caller" },
  called: { en: "Called" },
  honoree: { en: "Honoree" },
  party: { en: "Party (direction not given)" },
});
