// The site's words for controlled values, read from core's label tables (the browser entry, so client code may use
// them too). Falls back to the value itself for anything a table does not know, as data built elsewhere might hold.
import {
  documentKindLabels,
  endHowLabels,
  eventKindLabels,
  eventStatusLabels,
  organizationKindLabels,
  organizationRoleLabels,
  participantRoleLabels,
  placeKindLabels,
  rankLabels,
  recordKindLabels,
  startHowLabels,
  type Label,
} from "@parley/core/search";
import type {
  DocumentKind,
  EndHow,
  EventKind,
  EventStatus,
  OrganizationKind,
  OrganizationRole,
  ParticipantRole,
  PlaceKind,
  Rank,
  RecordKind,
  StartHow,
} from "@parley/core";

function english(table: Readonly<Record<string, Label>>, value: string): string {
  return table[value]?.en ?? value;
}

/** An event kind in words ("Official visit"). */
export function kindLabel(kind: EventKind): string {
  return english(eventKindLabels, kind);
}

/** An event status in words ("Took place"). */
export function statusLabel(status: EventStatus): string {
  return english(eventStatusLabels, status);
}

/** A participant's role in words ("Delegation member"). */
export function roleLabel(role: ParticipantRole): string {
  return english(participantRoleLabels, role);
}

/** An organization's part in an event in words ("Organizer"). */
export function organizationRoleLabel(role: OrganizationRole): string {
  return english(organizationRoleLabels, role);
}

/** A disagreement version's rank in words (Wikidata ranks). */
export function rankLabel(rank: Rank): string {
  return english(rankLabels, rank);
}

/** A kind of organization in words ("State office"). */
export function organizationKindLabel(kind: OrganizationKind): string {
  return english(organizationKindLabels, kind);
}

/** A kind of document in words ("Joint statement"). */
export function documentKindLabel(kind: DocumentKind): string {
  return english(documentKindLabels, kind);
}

/** A kind of place in words ("City"). */
export function placeKindLabel(kind: PlaceKind): string {
  return english(placeKindLabels, kind);
}

/** How a term of office began, in words ("Re-elected"). */
export function startHowLabel(how: StartHow): string {
  return english(startHowLabels, how);
}

/** How a term of office ended, in words ("Term ended"). */
export function endHowLabel(how: EndHow): string {
  return english(endHowLabels, how);
}

/** One record of a kind in words ("Office"). */
export function kindSingular(kind: RecordKind): string {
  return recordKindLabels[kind].singular.en;
}

/** Records of a kind in words, as a heading ("Offices"). */
export function kindPlural(kind: RecordKind): string {
  return recordKindLabels[kind].plural.en;
}

/** "1 event", "3 events". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

/** Words from a slug-like value: "took-place" → "took place". */
export function words(value: string): string {
  return value.replace(/-/g, " ");
}
