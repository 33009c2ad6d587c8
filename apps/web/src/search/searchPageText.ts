import { defineText } from "@/i18n/defineText";

/** The search page's own words around the search (rendered on the server): its title, description and fallbacks. */
export const searchPageText = defineText({
  en: {
    title: "Search",
    description:
      "Search Parley's people, events, organizations, offices, places, topics, statements, terms of office, " +
      "disagreements and sources in English, Vietnamese or Russian, in any script, with or without accents.",
    noScript: "Search runs in your browser and needs JavaScript. Without it, browse the indexes below.",
    browse: "Browse instead",
  },
  vi: {
    title: "Tìm kiếm",
    description:
      "Tìm nhân vật, sự kiện, tổ chức, chức vụ, địa điểm, chủ đề, phát biểu, nhiệm kỳ, điểm khác biệt và nguồn " +
      "trong Parley bằng tiếng Việt, tiếng Anh hay tiếng Nga, với bất kỳ chữ viết nào, có dấu hay không dấu.",
    noScript:
      "Tìm kiếm chạy trong trình duyệt của bạn và cần JavaScript. Nếu không có, hãy duyệt các danh mục bên dưới.",
    browse: "Hoặc duyệt theo danh mục",
  },
  ru: {
    title: "Поиск",
    description:
      "Поиск людей, событий, организаций, должностей, мест, тем, заявлений, сроков полномочий, расхождений и " +
      "источников Parley на русском, английском или вьетнамском, на любом алфавите, с диакритикой и без.",
    noScript: "Поиск работает в вашем браузере и требует JavaScript. Без него просматривайте разделы ниже.",
    browse: "Или просмотрите разделы",
  },
});
