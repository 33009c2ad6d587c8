// The site's words for controlled values in each language, read from core's label tables (the browser entry, so client code may use
// them too). Falls back to the value itself for anything a table does not know, as data built elsewhere might hold.
import {
  documentKindLabels,
  endHowLabels,
  eventKindLabels,
  eventStatusLabels,
  organizationKindLabels,
  organizationRoleLabels,
  otherNameKindLabels,
  participantRoleLabels,
  placeKindLabels,
  rankLabels,
  recordKindLabels,
  startHowLabels,
  type Label,
  type Language,
} from "@parley/core/search";
import type {
  DocumentKind,
  EndHow,
  EventKind,
  EventStatus,
  OrganizationKind,
  OrganizationRole,
  OtherNameKind,
  ParticipantRole,
  PlaceKind,
  Rank,
  RecordKind,
  StartHow,
} from "@parley/core";

function inLanguage(table: Readonly<Record<string, Label>>, value: string, language: Language): string {
  return table[value]?.[language] ?? value;
}

/** An event kind in words ("Official visit"). */
export function kindLabel(kind: EventKind, language: Language): string {
  return inLanguage(eventKindLabels, kind, language);
}

/** An event status in words ("Took place"). */
export function statusLabel(status: EventStatus, language: Language): string {
  return inLanguage(eventStatusLabels, status, language);
}

/** A participant's role in words ("Delegation member"). */
export function roleLabel(role: ParticipantRole, language: Language): string {
  return inLanguage(participantRoleLabels, role, language);
}

/** An organization's part in an event in words ("Organizer"). */
export function organizationRoleLabel(role: OrganizationRole, language: Language): string {
  return inLanguage(organizationRoleLabels, role, language);
}

/** How another name relates to the record's own, in words ("spelling", "bản dịch"). */
export function otherNameKindLabel(kind: OtherNameKind, language: Language): string {
  return inLanguage(otherNameKindLabels, kind, language);
}

/** A disagreement version's rank in words (Wikidata ranks). */
export function rankLabel(rank: Rank, language: Language): string {
  return inLanguage(rankLabels, rank, language);
}

/** A kind of organization in words ("State office"). */
export function organizationKindLabel(kind: OrganizationKind, language: Language): string {
  return inLanguage(organizationKindLabels, kind, language);
}

/** A kind of document in words ("Joint statement"). */
export function documentKindLabel(kind: DocumentKind, language: Language): string {
  return inLanguage(documentKindLabels, kind, language);
}

/** A kind of place in words ("City"). */
export function placeKindLabel(kind: PlaceKind, language: Language): string {
  return inLanguage(placeKindLabels, kind, language);
}

/** How a term of office began, in words ("Re-elected"). */
export function startHowLabel(how: StartHow, language: Language): string {
  return inLanguage(startHowLabels, how, language);
}

/** How a term of office ended, in words ("Term ended"). */
export function endHowLabel(how: EndHow, language: Language): string {
  return inLanguage(endHowLabels, how, language);
}

/** One record of a kind in words ("Office"). */
export function kindSingular(kind: RecordKind, language: Language): string {
  return recordKindLabels[kind].singular[language];
}

/** Records of a kind in words, as a heading ("Offices"). */
export function kindPlural(kind: RecordKind, language: Language): string {
  return recordKindLabels[kind].plural[language];
}

/** "1 event", "3 events". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

/** The forms of a counted word in a language, by `Intl.PluralRules` category ("one", "few", "many", "other"). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A number and its word in a language: "3 events", "3 sự kiện", "3 события", "5 событий". */
export function countIn(language: Language, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(language).select(count)] ?? forms.other;
  return `${count.toLocaleString(language)} ${form}`;
}

/** Words from a slug-like value: "took-place" → "took place". */
export function words(value: string): string {
  return value.replace(/-/g, " ");
}
