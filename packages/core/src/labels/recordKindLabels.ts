import type { RecordKind } from "../schema/Dataset.js";
import type { Label } from "./Label.js";

/** How one record kind is named: one record ("Office") and a list of them ("Offices"). */
export interface RecordKindLabel {
  /** One record, as a result's kind or a page's kicker. */
  readonly singular: Label;
  /** Many records, as a heading. */
  readonly plural: Label;
}

/**
 * Every record kind in words, as both apps show them. A post reads "Office" and a membership "Term of office":
 * the model keeps Popolo's terms, the reader sees the plain ones.
 * Vietnamese nouns do not change for number, so its one and many read alike.
 */
export const recordKindLabels: Readonly<Record<RecordKind, RecordKindLabel>> = Object.freeze({
  events: {
    singular: { en: "Event", vi: "Sự kiện", ru: "Событие" },
    plural: { en: "Events", vi: "Sự kiện", ru: "События" },
  },
  people: {
    singular: { en: "Person", vi: "Nhân vật", ru: "Персона" },
    plural: { en: "People", vi: "Nhân vật", ru: "Персоны" },
  },
  organizations: {
    singular: { en: "Organization", vi: "Tổ chức", ru: "Организация" },
    plural: { en: "Organizations", vi: "Tổ chức", ru: "Организации" },
  },
  posts: {
    singular: { en: "Office", vi: "Chức vụ", ru: "Должность" },
    plural: { en: "Offices", vi: "Chức vụ", ru: "Должности" },
  },
  memberships: {
    singular: { en: "Term of office", vi: "Nhiệm kỳ", ru: "Срок полномочий" },
    plural: { en: "Terms of office", vi: "Nhiệm kỳ", ru: "Сроки полномочий" },
  },
  documents: {
    singular: { en: "Document", vi: "Văn kiện", ru: "Документ" },
    plural: { en: "Documents", vi: "Văn kiện", ru: "Документы" },
  },
  statements: {
    singular: { en: "Statement", vi: "Phát biểu", ru: "Заявление" },
    plural: { en: "Statements", vi: "Phát biểu", ru: "Заявления" },
  },
  topics: {
    singular: { en: "Topic", vi: "Chủ đề", ru: "Тема" },
    plural: { en: "Topics", vi: "Chủ đề", ru: "Темы" },
  },
  places: {
    singular: { en: "Place", vi: "Địa điểm", ru: "Место" },
    plural: { en: "Places", vi: "Địa điểm", ru: "Места" },
  },
  countries: {
    singular: { en: "Country", vi: "Quốc gia", ru: "Страна" },
    plural: { en: "Countries", vi: "Quốc gia", ru: "Страны" },
  },
  sources: {
    singular: { en: "Source", vi: "Nguồn", ru: "Источник" },
    plural: { en: "Sources", vi: "Nguồn", ru: "Источники" },
  },
  disagreements: {
    singular: { en: "Disagreement", vi: "Điểm khác biệt", ru: "Расхождение" },
    plural: { en: "Disagreements", vi: "Điểm khác biệt", ru: "Расхождения" },
  },
});
