import type { EventKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every event kind in words; `eventKinds` (codes and descriptions) takes its labels from here. */
export const eventKindLabels: LabelTable<EventKind> = Object.freeze({
  "state-visit": { en: "State visit", vi: "Thăm cấp Nhà nước", ru: "Государственный визит" },
  "official-visit": { en: "Official visit", vi: "Thăm chính thức", ru: "Официальный визит" },
  "working-visit": { en: "Working visit", vi: "Thăm làm việc", ru: "Рабочий визит" },
  visit: { en: "Visit (level not given)", vi: "Chuyến thăm (không rõ cấp)", ru: "Визит (уровень не указан)" },
  trip: { en: "Trip", vi: "Chuyến công du", ru: "Зарубежная поездка" },
  talks: { en: "Talks", vi: "Hội đàm", ru: "Переговоры" },
  reception: { en: "Reception or courtesy call", vi: "Tiếp hoặc chào xã giao", ru: "Приём или визит вежливости" },
  meeting: { en: "Meeting", vi: "Cuộc gặp", ru: "Встреча" },
  "online-meeting": { en: "Online meeting", vi: "Cuộc gặp trực tuyến", ru: "Встреча в режиме видеосвязи" },
  "committee-session": { en: "Committee session", vi: "Phiên họp ủy ban", ru: "Заседание комиссии" },
  signing: { en: "Signing", vi: "Lễ ký kết", ru: "Подписание" },
  "phone-call": { en: "Phone call", vi: "Điện đàm", ru: "Телефонный разговор" },
  message: { en: "Message", vi: "Thư, điện", ru: "Послание" },
  ceremony: { en: "Ceremony", vi: "Buổi lễ", ru: "Церемония" },
  "cultural-event": { en: "Cultural event", vi: "Sự kiện văn hóa", ru: "Культурное мероприятие" },
  milestone: { en: "Anniversary or milestone", vi: "Ngày kỷ niệm hoặc dấu mốc", ru: "Годовщина или веха" },
  "diplomatic-recognition": {
    en: "Diplomatic recognition",
    vi: "Công nhận ngoại giao",
    ru: "Дипломатическое признание",
  },
});
