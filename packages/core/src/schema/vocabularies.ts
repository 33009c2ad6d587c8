import { z } from "zod";
import type { Label } from "../labels/Label.js";
import { eventKindLabels } from "../labels/eventKindLabels.js";

/** Kinds of event, a controlled list; each maps to PLOVER and CAMEO codes in `eventKinds`. */
export const EventKind = z.enum([
  "state-visit",
  "official-visit",
  "working-visit",
  "visit",
  "trip",
  "talks",
  "reception",
  "meeting",
  "online-meeting",
  "committee-session",
  "signing",
  "phone-call",
  "message",
  "ceremony",
  "cultural-event",
  "milestone",
  "diplomatic-recognition",
]);
export type EventKind = z.infer<typeof EventKind>;

/** Where an event stands: announced ahead, took place, postponed or cancelled. */
export const EventStatus = z.enum(["announced", "took-place", "postponed", "cancelled"]);
export type EventStatus = z.infer<typeof EventStatus>;

/**
 * The part a person played in an event. `party` is a side of a call or message whose direction no source gives
 * (who called whom, who wrote first): it does not guess what `caller`/`called` or `speaker`/`honoree` would say.
 */
export const ParticipantRole = z.enum([
  "host",
  "guest",
  "co-chair",
  "signatory",
  "attendee",
  "delegation-member",
  "welcomed-by",
  "organizer",
  "speaker",
  "caller",
  "called",
  "honoree",
  "party",
]);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

/** The part an organization played in an event. */
export const OrganizationRole = z.enum(["host", "guest", "organizer", "participant", "subject"]);
export type OrganizationRole = z.infer<typeof OrganizationRole>;

/** Kinds of organization. */
export const OrganizationKind = z.enum([
  "legislature",
  "chamber",
  "party",
  "party-body",
  "government",
  "state-office",
  "ministry",
  "embassy",
  "bilateral-mechanism",
  "friendship-group",
  "parliamentary-body",
  "city-government",
  "military",
  "news-publisher",
  "news-agency",
  "international-organization",
  "other",
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** Kinds of document. */
export const DocumentKind = z.enum([
  "treaty",
  "agreement",
  "joint-statement",
  "declaration",
  "minutes",
  "memorandum",
  "regulations",
  "other",
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * How a term of office began. `acting` where a source calls the holder acting; `took-charge` where sources say the
 * holder was put in charge of (or presided over) the office's work without being elected or appointed to it.
 */
export const StartHow = z.enum(["elected", "re-elected", "appointed", "acting", "took-charge", "succeeded", "unknown"]);
export type StartHow = z.infer<typeof StartHow>;

/** How a term of office ended. */
export const EndHow = z.enum(["resigned", "relieved", "died", "term-ended", "succeeded", "re-elected", "unknown"]);
export type EndHow = z.infer<typeof EndHow>;

/** Kinds of place; `country` stands for a whole country when sources name no city. */
export const PlaceKind = z.enum(["country", "region", "city", "venue", "airport", "building"]);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** Wikidata-style rank of one version of a disputed fact. */
export const Rank = z.enum(["preferred", "normal", "deprecated"]);
export type Rank = z.infer<typeof Rank>;

/** PLOVER event type (the successor of CAMEO) used for event-data exports. */
export const PloverEvent = z.enum(["CONSULT", "AGREE", "SUPPORT", "COOPERATE"]);
export type PloverEvent = z.infer<typeof PloverEvent>;

/** How an event kind maps to event-data standards, and how people should read it. */
export interface EventKindInfo {
  /** Human label, in English (from `eventKindLabels`). */
  label: string;
  /** PLOVER event type, or null where the kind is not an interaction between actors. */
  plover: PloverEvent | null;
  /** PLOVER mode, where one applies. */
  ploverMode: string | null;
  /** CAMEO code, or null where none fits. */
  cameo: string | null;
  /** What counts as this kind, in each language. */
  description: Label;
  /** False for kinds that happen in no one place (calls, messages, video meetings, recognitions, multi-country trips). */
  hasPlace: boolean;
}

/** The controlled list of event kinds with their PLOVER and CAMEO codes. */
export const eventKinds: Readonly<Record<EventKind, EventKindInfo>> = Object.freeze({
  "state-visit": {
    label: eventKindLabels["state-visit"].en,
    plover: "CONSULT",
    ploverMode: "visit",
    cameo: "042",
    description: {
      en: "A head of state's visit at the highest protocol level, at the host's invitation.",
      vi: "Chuyến thăm của nguyên thủ quốc gia ở cấp nghi lễ cao nhất, theo lời mời của nước chủ nhà.",
      ru: "Визит главы государства на высшем протокольном уровне по приглашению принимающей стороны.",
    },
    hasPlace: true,
  },
  "official-visit": {
    label: eventKindLabels["official-visit"].en,
    plover: "CONSULT",
    ploverMode: "visit",
    cameo: "042",
    description: {
      en: "A visit with full official programme below state-visit protocol.",
      vi: "Chuyến thăm có chương trình chính thức đầy đủ, dưới cấp nghi lễ của thăm cấp Nhà nước.",
      ru: "Визит с полной официальной программой, ниже протокольного уровня государственного визита.",
    },
    hasPlace: true,
  },
  "working-visit": {
    label: eventKindLabels["working-visit"].en,
    plover: "CONSULT",
    ploverMode: "visit",
    cameo: "042",
    description: {
      en: "A visit for working meetings, with reduced ceremony.",
      vi: "Chuyến thăm để làm việc, với nghi lễ giản lược.",
      ru: "Визит для рабочих встреч с сокращённым церемониалом.",
    },
    hasPlace: true,
  },
  visit: {
    label: eventKindLabels.visit.en,
    plover: "CONSULT",
    ploverMode: "visit",
    cameo: "042",
    description: {
      en:
        "A visit whose level (state, official, working) no source gives; a level the sources dispute is a " +
        "disagreement about the event's kind.",
      vi:
        "Chuyến thăm mà không nguồn nào nêu cấp (Nhà nước, chính thức, làm việc); khi các nguồn khác nhau về " +
        "cấp, đó là một bất đồng về loại sự kiện.",
      ru:
        "Визит, уровень которого (государственный, официальный, рабочий) не указан ни в одном источнике; " +
        "если источники расходятся в уровне, это записывается как расхождение о типе события.",
    },
    hasPlace: true,
  },
  trip: {
    label: eventKindLabels.trip.en,
    plover: null,
    ploverMode: null,
    cameo: null,
    description: {
      en: "A journey through several countries; it contains the visits made on it.",
      vi: "Chuyến công du qua nhiều nước; bao gồm các chuyến thăm thực hiện trong chuyến đi đó.",
      ru: "Поездка по нескольким странам; включает визиты, совершённые в её ходе.",
    },
    hasPlace: false,
  },
  talks: {
    label: eventKindLabels.talks.en,
    plover: "CONSULT",
    ploverMode: null,
    cameo: "046",
    description: {
      en: "Formal talks between counterparts, usually with delegations.",
      vi: "Hội đàm chính thức giữa những người đồng cấp, thường có các đoàn đại biểu.",
      ru: "Официальные переговоры между коллегами, обычно в составе делегаций.",
    },
    hasPlace: true,
  },
  reception: {
    label: eventKindLabels.reception.en,
    plover: "CONSULT",
    ploverMode: "visit",
    cameo: "043",
    description: {
      en: "A leader receives a visiting official (a courtesy call).",
      vi: "Một nhà lãnh đạo tiếp một quan chức đến thăm (chào xã giao).",
      ru: "Руководитель принимает приехавшего официального гостя (визит вежливости).",
    },
    hasPlace: true,
  },
  meeting: {
    label: eventKindLabels.meeting.en,
    plover: "CONSULT",
    ploverMode: null,
    cameo: "040",
    description: {
      en: "A meeting that is neither formal talks nor a reception.",
      vi: "Cuộc gặp không phải hội đàm chính thức cũng không phải buổi tiếp.",
      ru: "Встреча, которая не является ни официальными переговорами, ни приёмом.",
    },
    hasPlace: true,
  },
  "online-meeting": {
    label: eventKindLabels["online-meeting"].en,
    plover: "CONSULT",
    ploverMode: "remote",
    cameo: "040",
    description: {
      en: "A meeting held by video link.",
      vi: "Cuộc gặp qua hình thức trực tuyến.",
      ru: "Встреча по видеосвязи.",
    },
    hasPlace: false,
  },
  "committee-session": {
    label: eventKindLabels["committee-session"].en,
    plover: "CONSULT",
    ploverMode: "multilateral",
    cameo: "040",
    description: {
      en: "A numbered session of a standing bilateral mechanism.",
      vi: "Phiên họp được đánh số của một cơ chế song phương thường trực.",
      ru: "Пронумерованное заседание постоянного двустороннего механизма.",
    },
    hasPlace: true,
  },
  signing: {
    label: eventKindLabels.signing.en,
    plover: "SUPPORT",
    ploverMode: null,
    cameo: "057",
    description: {
      en: "The signing or adoption of a document.",
      vi: "Việc ký kết hoặc thông qua một văn kiện.",
      ru: "Подписание или принятие документа.",
    },
    hasPlace: true,
  },
  "phone-call": {
    label: eventKindLabels["phone-call"].en,
    plover: "CONSULT",
    ploverMode: "phone",
    cameo: "041",
    description: {
      en: "A telephone conversation between leaders.",
      vi: "Cuộc điện đàm giữa các nhà lãnh đạo.",
      ru: "Телефонный разговор между руководителями.",
    },
    hasPlace: false,
  },
  message: {
    label: eventKindLabels.message.en,
    plover: "SUPPORT",
    ploverMode: null,
    cameo: "051",
    description: {
      en: "A letter or message, such as congratulations.",
      vi: "Thư hoặc điện, chẳng hạn điện mừng.",
      ru: "Письмо или послание, например поздравление.",
    },
    hasPlace: false,
  },
  ceremony: {
    label: eventKindLabels.ceremony.en,
    plover: null,
    ploverMode: null,
    cameo: null,
    description: {
      en: "A welcome ceremony, wreath-laying, parade or inauguration.",
      vi: "Lễ đón, lễ đặt vòng hoa, duyệt binh hoặc lễ nhậm chức.",
      ru: "Церемония встречи, возложение венков, парад или инаугурация.",
    },
    hasPlace: true,
  },
  "cultural-event": {
    label: eventKindLabels["cultural-event"].en,
    plover: "COOPERATE",
    ploverMode: null,
    cameo: null,
    description: {
      en: "A festival, exhibition or performance.",
      vi: "Lễ hội, triển lãm hoặc buổi biểu diễn.",
      ru: "Фестиваль, выставка или выступление.",
    },
    hasPlace: true,
  },
  milestone: {
    label: eventKindLabels.milestone.en,
    plover: null,
    ploverMode: null,
    cameo: null,
    description: {
      en: "A turning point in the relationship, such as a partnership upgrade.",
      vi: "Bước ngoặt trong quan hệ, chẳng hạn việc nâng cấp quan hệ đối tác.",
      ru: "Поворотный момент в отношениях, например повышение уровня партнёрства.",
    },
    hasPlace: true,
  },
  "diplomatic-recognition": {
    label: eventKindLabels["diplomatic-recognition"].en,
    plover: "COOPERATE",
    ploverMode: null,
    cameo: "054",
    description: {
      en: "Establishing or recognising diplomatic relations.",
      vi: "Thiết lập hoặc công nhận quan hệ ngoại giao.",
      ru: "Установление или признание дипломатических отношений.",
    },
    hasPlace: false,
  },
});
