export { Citation, Citations, MAX_FRAGMENT_WORDS, countWords } from "./Citation.js";
export { Country } from "./Country.js";
export { Dataset, recordKindNoun, recordKinds } from "./Dataset.js";
export type { AnyRecord, DatasetInput, RecordKind, RecordOf } from "./Dataset.js";
export { DatedFact } from "./DatedFact.js";
export { Disagreement, DisagreementTarget, DisagreementVersion } from "./Disagreement.js";
export { Document } from "./Document.js";
export { EdtfDate } from "./EdtfDate.js";
export { EarlierPlan, Event, OrganizationInvolvement, Participation } from "./Event.js";
export { CountryId, Id, LanguageTag } from "./Id.js";
export { Membership } from "./Membership.js";
export { NativeName, OtherName, OtherNameKind } from "./Name.js";
export { Organization } from "./Organization.js";
export { Person } from "./Person.js";
export { Place } from "./Place.js";
export { Post } from "./Post.js";
export { Redirect } from "./Redirect.js";
export { Source } from "./Source.js";
export { Statement } from "./Statement.js";
export { Topic } from "./Topic.js";
export { TranslatedText, translationLanguages, translationsOf } from "./Translations.js";
export type { TranslationLanguage } from "./Translations.js";
export { WebUrl } from "./WebUrl.js";
export {
  DocumentKind,
  EndHow,
  EventKind,
  EventStatus,
  OrganizationKind,
  OrganizationRole,
  ParticipantRole,
  PlaceKind,
  PloverEvent,
  Rank,
  StartHow,
  eventKinds,
} from "./vocabularies.js";
export type { EventKindInfo } from "./vocabularies.js";
