import { defineText } from "@/i18n/defineText";
import { untranslatedNote } from "@/i18n/untranslatedNote";

/** The words of the Atom feeds. */
export const feedText = defineText({
  en: {
    title: "Parley: latest Vietnam–Russia contacts",
    subtitle: "The latest events in Parley's record, each with its date at the precision the sources give.",
    when: (date: string) => `Date: ${date}.`,
    inEnglish: untranslatedNote.en,
  },
  vi: {
    title: "Parley: các tiếp xúc Việt Nam – Nga mới nhất",
    subtitle: "Các sự kiện mới nhất trong hồ sơ của Parley, mỗi sự kiện ghi ngày với độ chính xác mà các nguồn đưa ra.",
    when: (date) => `Thời gian: ${date}.`,
    inEnglish: untranslatedNote.vi,
  },
  ru: {
    title: "Parley: последние контакты Вьетнама и России",
    subtitle: "Последние события в записях Parley, каждое с датой той точности, которую дают источники.",
    when: (date) => `Дата: ${date}.`,
    inEnglish: untranslatedNote.ru,
  },
});
