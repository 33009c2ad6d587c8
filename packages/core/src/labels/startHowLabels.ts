import type { StartHow } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** How a term of office began, in words. */
export const startHowLabels: LabelTable<StartHow> = Object.freeze({
  elected: { en: "Elected", vi: "Được bầu", ru: "Избрание" },
  "re-elected": { en: "Re-elected", vi: "Tái đắc cử", ru: "Переизбрание" },
  appointed: { en: "Appointed", vi: "Được bổ nhiệm", ru: "Назначение" },
  acting: { en: "Acting", vi: "Giữ quyền", ru: "Временное исполнение обязанностей" },
  "took-charge": { en: "Took charge", vi: "Nhận nhiệm vụ", ru: "Вступление в должность" },
  succeeded: { en: "Succeeded", vi: "Kế nhiệm", ru: "Преемство" },
  unknown: { en: "Unknown", vi: "Không rõ", ru: "Неизвестно" },
});
