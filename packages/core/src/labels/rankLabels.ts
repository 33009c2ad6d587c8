import type { Rank } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every rank of a disputed fact's version (Wikidata's ranks), in words. */
export const rankLabels: LabelTable<Rank> = Object.freeze({
  preferred: { en: "Preferred", vi: "Ưu tiên", ru: "Предпочтительный" },
  normal: { en: "Normal rank", vi: "Hạng thường", ru: "Обычный ранг" },
  deprecated: { en: "Deprecated", vi: "Không khuyến dùng", ru: "Нерекомендуемый" },
});
