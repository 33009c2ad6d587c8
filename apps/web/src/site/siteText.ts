import { defineText } from "@/i18n/defineText";
import { untranslatedNote } from "@/i18n/untranslatedNote";

/** The words of the site's frame: its description, header, footer and the language switcher. */
export const siteText = defineText({
  en: {
    tagline: "Vietnam–Russia relations, source by source",
    description:
      "Parley is a source-cited knowledge base of Vietnam–Russia relations, centred on parliamentary diplomacy: " +
      "who met whom, when, where, in which office, about what, and which source says so.",
    skip: "Skip to content",
    mainNav: "Main",
    languageNav: "Language",
    sections: {
      timeline: "Timeline",
      events: "Events",
      people: "People",
      organizations: "Organizations",
      network: "Network",
      topics: "Topics",
      data: "Data",
      methodology: "Methodology",
    },
    footer: (version: string, license: string) =>
      `Parley dataset ${version}. ${license}. Every fact links to the source that states it; where sources disagree, ` +
      "every version is kept.",
    reportError: "Report an error",
    download: "Download the data",
    allSources: "All sources",
    feed: "Latest events (Atom feed)",
    untranslated: untranslatedNote.en,
  },
  vi: {
    tagline: "Quan hệ Việt Nam – Nga, theo từng nguồn",
    description:
      "Parley là cơ sở tri thức về quan hệ Việt Nam – Nga có dẫn nguồn, tập trung vào ngoại giao nghị viện: " +
      "ai gặp ai, khi nào, ở đâu, với cương vị gì, về vấn đề gì, và nguồn nào nói vậy.",
    skip: "Chuyển đến nội dung",
    mainNav: "Điều hướng chính",
    languageNav: "Ngôn ngữ",
    sections: {
      timeline: "Dòng thời gian",
      events: "Sự kiện",
      people: "Nhân vật",
      organizations: "Tổ chức",
      network: "Mạng lưới",
      topics: "Chủ đề",
      data: "Dữ liệu",
      methodology: "Phương pháp",
    },
    footer: (version, license) =>
      `Bộ dữ liệu Parley ${version}. ${license}. Mỗi dữ kiện dẫn tới nguồn nêu nó; khi các nguồn khác nhau, ` +
      "mọi phiên bản đều được giữ lại.",
    reportError: "Báo lỗi",
    download: "Tải dữ liệu",
    allSources: "Tất cả nguồn",
    feed: "Sự kiện mới nhất (nguồn cấp Atom)",
    untranslated: untranslatedNote.vi,
  },
  ru: {
    tagline: "Отношения Вьетнама и России, источник за источником",
    description:
      "Parley — база знаний об отношениях Вьетнама и России со ссылками на источники, в центре которой " +
      "парламентская дипломатия: кто с кем встречался, когда, где, в какой должности, о чём и какой источник это сообщает.",
    skip: "Перейти к содержанию",
    mainNav: "Основные разделы",
    languageNav: "Язык",
    sections: {
      timeline: "Хронология",
      events: "События",
      people: "Люди",
      organizations: "Организации",
      network: "Сеть",
      topics: "Темы",
      data: "Данные",
      methodology: "Методология",
    },
    footer: (version, license) =>
      `Набор данных Parley ${version}. ${license}. Каждый факт ссылается на источник, который его сообщает; ` +
      "где источники расходятся, сохраняется каждая версия.",
    reportError: "Сообщить об ошибке",
    download: "Скачать данные",
    allSources: "Все источники",
    feed: "Последние события (лента Atom)",
    untranslated: untranslatedNote.ru,
  },
});
