import type { EndHow } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** How a term of office ended, in words. */
export const endHowLabels: LabelTable<EndHow> = Object.freeze({
  resigned: { en: "Resigned", vi: "Từ chức", ru: "Отставка" },
  relieved: { en: "Relieved", vi: "Được miễn nhiệm", ru: "Освобождение от должности" },
  died: { en: "Died", vi: "Qua đời", ru: "Кончина" },
  "term-ended": { en: "Term ended", vi: "Hết nhiệm kỳ", ru: "Истечение срока полномочий" },
  succeeded: { en: "Succeeded", vi: "Có người kế nhiệm", ru: "Передача должности преемнику" },
  "re-elected": { en: "Re-elected", vi: "Tái đắc cử", ru: "Переизбрание" },
  unknown: { en: "Unknown", vi: "Không rõ", ru: "Неизвестно" },
});
