import type { ParticipantRole } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every part a person can play in an event, in words. */
export const participantRoleLabels: LabelTable<ParticipantRole> = Object.freeze({
  host: { en: "Host", vi: "Chủ nhà", ru: "Принимающая сторона" },
  guest: { en: "Guest", vi: "Khách", ru: "Гость" },
  "co-chair": { en: "Co-chair", vi: "Đồng chủ tịch", ru: "Сопредседатель" },
  signatory: { en: "Signatory", vi: "Người ký", ru: "Подписант" },
  attendee: { en: "Attendee", vi: "Người tham dự", ru: "Участник" },
  "delegation-member": { en: "Delegation member", vi: "Thành viên đoàn", ru: "Член делегации" },
  "welcomed-by": { en: "Welcomed the guest", vi: "Người đón khách", ru: "Встречающая сторона" },
  organizer: { en: "Organizer", vi: "Người tổ chức", ru: "Организатор" },
  speaker: { en: "Speaker", vi: "Người phát biểu", ru: "Выступающий" },
  caller: { en: "Caller", vi: "Người gọi", ru: "Инициатор звонка" },
  called: { en: "Called", vi: "Người nhận cuộc gọi", ru: "Адресат звонка" },
  honoree: { en: "Honoree", vi: "Người được vinh danh", ru: "Чествуемый" },
  party: { en: "Party (direction not given)", vi: "Một bên (không rõ chiều)", ru: "Сторона (направление не указано)" },
});
