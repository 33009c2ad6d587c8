import type { OrganizationRole } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every part an organization can play in an event, in words. */
export const organizationRoleLabels: LabelTable<OrganizationRole> = Object.freeze({
  host: { en: "Host", vi: "Chủ nhà", ru: "Принимающая сторона" },
  guest: { en: "Guest", vi: "Khách", ru: "Гость" },
  organizer: { en: "Organizer", vi: "Đơn vị tổ chức", ru: "Организатор" },
  participant: { en: "Participant", vi: "Bên tham gia", ru: "Участник" },
  subject: { en: "Subject", vi: "Đối tượng", ru: "Предмет события" },
});
