// The search box's and the search page's words in each language. Strings only: the header passes one language's set to
// the client components (`searchText[language]`), which fill in "{q}" and "{n}" with `fillText`.
import { defineText } from "@/i18n/defineText";
import type { PluralTemplates } from "@/i18n/fillText";

/** Counted templates: one form per plural category the language has ("{n} result", "{n} results"). */
const counted = (forms: PluralTemplates): PluralTemplates => forms;

export const searchText = defineText({
  en: {
    /** The header's button. */
    button: "Search",
    dialog: {
      label: "Search Parley",
      inputLabel:
        "Search people, events, organizations, offices, places, topics, statements, terms of office and sources",
      placeholder: "Search: Volodin, Vương Đình Huệ, Duma…",
      results: "Results",
      all: "All results for “{q}”",
      choose: "choose",
      open: "open",
      close: "close",
    },
    page: {
      label: "Search Parley",
      placeholder: "Volodin, Вячеслав Володин, Vương Đình Huệ…",
      submit: "Search",
    },
    /** After a result whose label differs from the name that found it. */
    matched: "matched “{m}”",
    status: {
      hintPage:
        "Type a name, place, topic, office or event title. Accents and script do not matter: " +
        "“vuong dinh hue” finds Vương Đình Huệ and “Володин” finds Volodin.",
      hintDialog: "Type a name, place, topic or event. Accents and script do not matter.",
      loading: "Loading the search index…",
      /** "{message}" is the (English) reason; the other languages may leave it out. */
      unavailable: "Search is unavailable: {message}.",
      nothingPage: "Nothing found for “{q}”. Try fewer words, another spelling, or browse the indexes below.",
      nothingDialog: "Nothing found for “{q}”.",
      countPage: counted({ one: "{n} result for “{q}”.", other: "{n} results for “{q}”." }),
      countDialog: counted({
        one: "{n} result; use the arrow keys and Enter.",
        other: "{n} results; use the arrow keys and Enter.",
      }),
    },
  },
  vi: {
    button: "Tìm kiếm",
    dialog: {
      label: "Tìm kiếm trong Parley",
      inputLabel: "Tìm nhân vật, sự kiện, tổ chức, chức vụ, địa điểm, chủ đề, phát biểu, nhiệm kỳ và nguồn",
      placeholder: "Tìm: Volodin, Vương Đình Huệ, Duma…",
      results: "Kết quả",
      all: "Tất cả kết quả cho “{q}”",
      choose: "chọn",
      open: "mở",
      close: "đóng",
    },
    page: {
      label: "Tìm kiếm trong Parley",
      placeholder: "Volodin, Vương Đình Huệ, Duma Quốc gia…",
      submit: "Tìm",
    },
    matched: "khớp với “{m}”",
    status: {
      hintPage:
        "Nhập tên người, địa danh, chủ đề, chức vụ hoặc tên sự kiện, bằng tiếng Việt, tiếng Anh hay tiếng Nga. " +
        "Có dấu hay không dấu, chữ nào cũng được: “vuong dinh hue” tìm ra Vương Đình Huệ, “Володин” tìm ra Volodin.",
      hintDialog: "Nhập tên người, địa danh, chủ đề hoặc sự kiện. Có dấu hay không dấu, chữ nào cũng được.",
      loading: "Đang tải chỉ mục tìm kiếm…",
      unavailable: "Không thể tìm kiếm: không tải được chỉ mục tìm kiếm.",
      nothingPage:
        "Không tìm thấy kết quả cho “{q}”. Hãy thử ít từ hơn, một cách viết khác, hoặc duyệt các danh mục bên dưới.",
      nothingDialog: "Không tìm thấy kết quả cho “{q}”.",
      countPage: counted({ other: "{n} kết quả cho “{q}”." }),
      countDialog: counted({ other: "{n} kết quả; dùng các phím mũi tên và Enter." }),
    },
  },
  ru: {
    button: "Поиск",
    dialog: {
      label: "Поиск по Parley",
      inputLabel: "Поиск людей, событий, организаций, должностей, мест, тем, заявлений, сроков полномочий и источников",
      placeholder: "Поиск: Володин, Выонг Динь Хюэ, Дума…",
      results: "Результаты",
      all: "Все результаты по запросу «{q}»",
      choose: "выбрать",
      open: "открыть",
      close: "закрыть",
    },
    page: {
      label: "Поиск по Parley",
      placeholder: "Володин, Путин, Выонг Динь Хюэ…",
      submit: "Найти",
    },
    matched: "совпадение: «{m}»",
    status: {
      hintPage:
        "Введите имя, место, тему, должность или название события — по-русски, по-английски или по-вьетнамски. " +
        "Диакритика и алфавит не важны: «vuong dinh hue» найдёт Выонг Динь Хюэ, а «Volodin» — Володина.",
      hintDialog: "Введите имя, место, тему или событие. Диакритика и алфавит не важны.",
      loading: "Загрузка поискового индекса…",
      unavailable: "Поиск недоступен: не удалось загрузить поисковый индекс.",
      nothingPage:
        "По запросу «{q}» ничего не найдено. Попробуйте меньше слов, другое написание или просмотрите разделы ниже.",
      nothingDialog: "По запросу «{q}» ничего не найдено.",
      countPage: counted({
        one: "{n} результат по запросу «{q}».",
        few: "{n} результата по запросу «{q}».",
        many: "{n} результатов по запросу «{q}».",
        other: "{n} результата по запросу «{q}».",
      }),
      countDialog: counted({
        one: "{n} результат; выбирайте стрелками и Enter.",
        few: "{n} результата; выбирайте стрелками и Enter.",
        many: "{n} результатов; выбирайте стрелками и Enter.",
        other: "{n} результата; выбирайте стрелками и Enter.",
      }),
    },
  },
});

/** One language's search words, as the client components receive them. */
export type SearchText = (typeof searchText)["en"];
