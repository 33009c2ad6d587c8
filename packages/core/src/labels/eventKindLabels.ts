import type { EventKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every event kind in words; `eventKinds` (codes and descriptions) takes its labels from here. */
export const eventKindLabels: LabelTable<EventKind> = Object.freeze({
  "state-visit": { en: "State visit" },
  "official-visit": { en: "Official visit" },
  "working-visit": { en: "Working visit" },
  visit: { en: "Visit (level not given)" },
  trip: { en: "Trip" },
  talks: { en: "Talks" },
  reception: { en: "Reception or courtesy call" },
  meeting: { en: "Meeting" },
  "online-meeting": { en: "Online meeting" },
  "committee-session": { en: "Committee session" },
  signing: { en: "Signing" },
  "phone-call": { en: "Phone call" },
  message: { en: "Message" },
  ceremony: { en: "Ceremony" },
  "cultural-event": { en: "Cultural event" },
  milestone: { en: "Anniversary or milestone" },
  "diplomatic-recognition": { en: "Diplomatic recognition" },
});
