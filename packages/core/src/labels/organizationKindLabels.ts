import type { OrganizationKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every kind of organization in words. */
export const organizationKindLabels: LabelTable<OrganizationKind> = Object.freeze({
  legislature: { en: "Legislature", vi: "Cơ quan lập pháp", ru: "Законодательный орган" },
  chamber: { en: "Chamber", vi: "Viện", ru: "Палата" },
  party: { en: "Party", vi: "Đảng", ru: "Партия" },
  "party-body": { en: "Party body", vi: "Cơ quan của Đảng", ru: "Партийный орган" },
  government: { en: "Government", vi: "Chính phủ", ru: "Правительство" },
  "state-office": { en: "State office", vi: "Cơ quan nhà nước", ru: "Государственный орган" },
  ministry: { en: "Ministry", vi: "Bộ", ru: "Министерство" },
  embassy: { en: "Embassy", vi: "Đại sứ quán", ru: "Посольство" },
  "bilateral-mechanism": { en: "Bilateral mechanism", vi: "Cơ chế song phương", ru: "Двусторонний механизм" },
  "friendship-group": { en: "Friendship group", vi: "Nhóm hữu nghị", ru: "Группа дружбы" },
  "parliamentary-body": { en: "Parliamentary body", vi: "Cơ quan nghị viện", ru: "Парламентский орган" },
  "city-government": { en: "City government", vi: "Chính quyền thành phố", ru: "Городская администрация" },
  military: { en: "Military", vi: "Quân đội", ru: "Вооружённые силы" },
  "news-publisher": { en: "News publisher", vi: "Cơ quan báo chí", ru: "Новостное издание" },
  "news-agency": { en: "News agency", vi: "Hãng thông tấn", ru: "Информационное агентство" },
  "international-organization": {
    en: "International organization",
    vi: "Tổ chức quốc tế",
    ru: "Международная организация",
  },
  other: { en: "Other", vi: "Khác", ru: "Другое" },
});
