import type { OtherNameKind } from "../schema/Name.js";
import type { LabelTable } from "./Label.js";

/** How another name relates to a record's own (a spelling, a full or short form, a translation…), in words. */
export const otherNameKindLabels: LabelTable<OtherNameKind> = Object.freeze({
  spelling: { en: "spelling", vi: "cách viết", ru: "написание" },
  full: { en: "full", vi: "tên đầy đủ", ru: "полное" },
  short: { en: "short", vi: "tên ngắn", ru: "краткое" },
  translation: { en: "translation", vi: "bản dịch", ru: "перевод" },
  misspelling: { en: "misspelling", vi: "viết sai", ru: "ошибочное написание" },
  former: { en: "former", vi: "tên cũ", ru: "прежнее" },
});
