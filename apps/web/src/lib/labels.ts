import { eventKinds, type EventKind, type EventStatus, type ParticipantRole, type Rank } from "@parley/core";

/** An event kind in words ("Official visit"), from core's controlled list. */
export function kindLabel(kind: EventKind): string {
  return eventKinds[kind]?.label ?? kind;
}

const STATUS: Record<EventStatus, string> = {
  announced: "Announced",
  "took-place": "Took place",
  postponed: "Postponed",
  cancelled: "Cancelled",
};

/** An event status in words. */
export function statusLabel(status: EventStatus): string {
  return STATUS[status] ?? status;
}

const ROLE: Record<ParticipantRole, string> = {
  host: "Host",
  guest: "Guest",
  "co-chair": "Co-chair",
  signatory: "Signatory",
  attendee: "Attendee",
  "delegation-member": "Delegation member",
  "welcomed-by": "Welcomed the guest",
  organizer: "Organizer",
  speaker: "Speaker",
  caller: "Caller",
  called: "Called",
  honoree: "Honoree",
};

/** A participant's role in words. */
export function roleLabel(role: ParticipantRole): string {
  return ROLE[role] ?? role;
}

const RANK: Record<Rank, string> = {
  preferred: "Preferred",
  normal: "Normal rank",
  deprecated: "Deprecated",
};

/** A disagreement version's rank in words (Wikidata ranks). */
export function rankLabel(rank: Rank): string {
  return RANK[rank] ?? rank;
}

/** "1 event", "3 events". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

/** Words from a slug-like value: "took-place" → "took place". */
export function words(value: string): string {
  return value.replace(/-/g, " ");
}
