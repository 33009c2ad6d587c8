import { defineText } from "@/i18n/defineText";
import type { PluralTemplates } from "@/i18n/fillText";

/**
 * The network page's words in every language. Only the server reads this table: the page hands its explorer one
 * language's `explorer` texts (strings and templates only) as props, so the browser never loads the other two.
 */
export const networkText = defineText({
  en: {
    title: "Who met whom",
    crumb: "Network",
    description:
      "Who met whom in Vietnam–Russia relations: people linked by the events they took part in together, filterable by period.",
    lede:
      "People are linked when they took part in the same event; the more shared events, the thicker the line. " +
      "Choose a period to see who met when. Each name opens that person's page; " +
      "the table under the picture lists the same pairs.",
    explorer: {
      form: {
        label: "Choose a period",
        from: "From year",
        to: "To year",
        start: "The start",
        latest: "The latest",
        all: "All years",
      },
      period: {
        all: "all years",
        between: "{from}–{to}",
        since: "{from}–the latest",
        until: "the start–{to}",
      },
      status: "{people} and {pairs} who met, {period}.",
      people: { one: "{n} person", other: "{n} people" } as PluralTemplates,
      pairs: { one: "{n} pair", other: "{n} pairs" } as PluralTemplates,
      legend: {
        label: "Legend",
        vn: "Vietnamese",
        ru: "Russian",
        other: "Other",
        sizes: "Thicker lines: more shared events. Larger circles: more people met.",
      },
      picture: "Network of who met whom, {period}; the table below lists the same pairs",
      node: { one: "{label}: met {n} person", other: "{label}: met {n} people" } as PluralTemplates,
      heading: "Who met whom, {period}",
      none: "No shared events in this period.",
      columns: { person: "Person", met: "Met", shared: "Shared events" },
      notices: {
        notYear: "“{raw}” is not a year, so the “{key}” filter is ignored.",
        outside: "{year} is outside the years with recorded meetings ({first}–{last}).",
        backwards: "The period starts ({from}) after it ends ({to}), so nothing can match.",
      },
    },
  },
  vi: {
    title: "Ai gặp ai",
    crumb: "Mạng lưới",
    description:
      "Ai đã gặp ai trong quan hệ Việt Nam – Nga: những người được nối với nhau qua các sự kiện họ cùng tham dự, " +
      "lọc được theo giai đoạn.",
    lede:
      "Hai người được nối với nhau khi cùng tham dự một sự kiện; càng nhiều sự kiện chung, đường nối càng đậm. " +
      "Chọn một giai đoạn để xem ai gặp ai vào lúc nào. Mỗi tên mở trang của người đó; " +
      "bảng bên dưới hình liệt kê đúng các cặp ấy.",
    explorer: {
      form: {
        label: "Chọn giai đoạn",
        from: "Từ năm",
        to: "Đến năm",
        start: "Từ đầu",
        latest: "Mới nhất",
        all: "Mọi năm",
      },
      period: {
        all: "mọi năm",
        between: "{from}–{to}",
        since: "từ năm {from}",
        until: "đến năm {to}",
      },
      status: "{people} và {pairs} đã gặp nhau, {period}.",
      people: { other: "{n} người" },
      pairs: { other: "{n} cặp" },
      legend: {
        label: "Chú giải",
        vn: "Người Việt Nam",
        ru: "Người Nga",
        other: "Khác",
        sizes: "Đường nối càng đậm: càng nhiều sự kiện chung. Vòng tròn càng lớn: gặp càng nhiều người.",
      },
      picture: "Mạng lưới ai gặp ai, {period}; bảng bên dưới liệt kê đúng các cặp này",
      node: { other: "{label}: đã gặp {n} người" },
      heading: "Ai gặp ai, {period}",
      none: "Không có sự kiện chung nào trong giai đoạn này.",
      columns: { person: "Người", met: "Đã gặp", shared: "Sự kiện chung" },
      notices: {
        notYear: "“{raw}” không phải là một năm, nên bộ lọc “{key}” bị bỏ qua.",
        outside: "Năm {year} nằm ngoài các năm có cuộc gặp được ghi nhận ({first}–{last}).",
        backwards: "Giai đoạn bắt đầu ({from}) sau khi kết thúc ({to}), nên không có kết quả nào.",
      },
    },
  },
  ru: {
    title: "Кто с кем встречался",
    crumb: "Сеть",
    description:
      "Кто с кем встречался во вьетнамско-российских отношениях: люди, связанные событиями, в которых они " +
      "участвовали вместе, с фильтром по периоду.",
    lede:
      "Двое связаны, если участвовали в одном событии; чем больше общих событий, тем толще линия. " +
      "Выберите период, чтобы увидеть, кто с кем встречался и когда. Каждое имя ведёт на страницу человека; " +
      "таблица под рисунком перечисляет те же пары.",
    explorer: {
      form: {
        label: "Выбор периода",
        from: "Начальный год",
        to: "Конечный год",
        start: "Самый ранний",
        latest: "Самый поздний",
        all: "Все годы",
      },
      period: {
        all: "все годы",
        between: "{from}–{to}",
        since: "с {from} года",
        until: "по {to} год",
      },
      status: "{people} и {pairs}; {period}.",
      people: { one: "{n} человек", few: "{n} человека", many: "{n} человек", other: "{n} человека" },
      pairs: {
        one: "{n} встречавшаяся пара",
        few: "{n} встречавшиеся пары",
        many: "{n} встречавшихся пар",
        other: "{n} встречавшейся пары",
      },
      legend: {
        label: "Условные обозначения",
        vn: "Вьетнамцы",
        ru: "Россияне",
        other: "Другие",
        sizes:
          "Чем толще линия, тем больше общих событий. Чем больше круг, тем больше людей, с которыми человек встречался.",
      },
      picture: "Сеть встреч: кто с кем встречался, {period}; таблица ниже перечисляет те же пары",
      node: {
        one: "{label}: {n} собеседник",
        few: "{label}: {n} собеседника",
        many: "{label}: {n} собеседников",
        other: "{label}: {n} собеседника",
      },
      heading: "Кто с кем встречался: {period}",
      none: "В этот период общих событий нет.",
      columns: { person: "Человек", met: "Собеседник", shared: "Общие события" },
      notices: {
        notYear: "«{raw}» — не год, поэтому фильтр «{key}» не применён.",
        outside: "{year} — за пределами лет с зафиксированными встречами ({first}–{last}).",
        backwards: "Период начинается ({from}) позже, чем заканчивается ({to}), поэтому ничего не подходит.",
      },
    },
  },
});

/** The network explorer's words in one language, as the page hands them to it. */
export type NetworkText = (typeof networkText)["en"]["explorer"];
