import { defineText } from "@/i18n/defineText";

/** The 404 page's words, shown in every language at once. */
export const notFoundText = defineText({
  en: {
    heading: "In English",
    explain: "There is no page at this address. The record may have a different id, or the link may be mistyped.",
    searchLabel: "Search Parley",
    placeholder: "Search people, events, places…",
    search: "Search",
    timeline: "The timeline: every event by year and month",
    people: "People",
    organizations: "Organizations",
    home: "The home page",
  },
  vi: {
    heading: "Bằng tiếng Việt",
    explain: "Không có trang nào ở địa chỉ này. Bản ghi có thể có mã khác, hoặc đường dẫn bị gõ sai.",
    searchLabel: "Tìm trong Parley",
    placeholder: "Tìm nhân vật, sự kiện, địa điểm…",
    search: "Tìm",
    timeline: "Dòng thời gian: mọi sự kiện theo năm và tháng",
    people: "Nhân vật",
    organizations: "Tổ chức",
    home: "Trang chủ",
  },
  ru: {
    heading: "По-русски",
    explain: "По этому адресу нет страницы. Возможно, у записи другой идентификатор или в ссылке опечатка.",
    searchLabel: "Поиск по Parley",
    placeholder: "Люди, события, места…",
    search: "Найти",
    timeline: "Хронология: все события по годам и месяцам",
    people: "Люди",
    organizations: "Организации",
    home: "Главная страница",
  },
});
