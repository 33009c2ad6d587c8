import { defineText } from "@/i18n/defineText";
import { siteText } from "@/site/siteText";
import type { PluralTemplates } from "@/i18n/fillText";

/** What the Russian timeline says under its count of events before any filter is chosen. */
const RU_IDLE =
  "Выберите фильтры, чтобы сузить список; они сохраняются в адресной строке, так что этой выборкой можно поделиться.";

/**
 * The timeline page's words in every language. Only the server reads this table: the page hands its client parts one
 * language's `explorer` texts (strings and templates only) as props, so the browser never loads the other two.
 */
export const timelineText = defineText({
  en: {
    title: "Timeline",
    description:
      "Every recorded Vietnam–Russia event by year and month, filterable by date, kind, country, person, organization, topic and status.",
    lede: "Every event, by year and month. A visit opens to show the meetings held during it.",
    explorer: {
      form: {
        label: "Filter the timeline",
        from: "From (year, month or day)",
        to: "To",
        any: "Any",
        fields: {
          kind: "Kind",
          person: "Person",
          organization: "Organization",
          country: "Country",
          topic: "Topic",
          status: "Status",
        },
        apply: "Apply dates",
        clear: "Clear all",
      },
      status: {
        idle: {
          one: "{n} event. Choose filters to narrow the list; the address bar keeps them, so you can share the view.",
          other:
            "{n} events. Choose filters to narrow the list; the address bar keeps them, so you can share the view.",
        } as PluralTemplates,
        failed: "The events could not be loaded for filtering: {message}.",
        answered: "the event list answered {status}",
        filtering: "Filtering…",
        matched: "{count} of {total} events match.",
      },
      query: {
        intro: "Some filters in this address could not be used:",
        badDate:
          "“{value}” is not a date we can read for “{key}”; " +
          "use a year, month or day such as 2023, 2023-10 or 2023-10-16. That filter is ignored.",
        backwards:
          "The period starts ({from}) after it ends ({to}), so no event can match; swap the dates to see events.",
        unknown: {
          kind: "No kind of event “{value}” appears in the timeline, so that filter is ignored.",
          person: "No person “{value}” appears in the timeline, so that filter is ignored.",
          organization: "No organization “{value}” appears in the timeline, so that filter is ignored.",
          country: "No country “{value}” appears in the timeline, so that filter is ignored.",
          topic: "No topic “{value}” appears in the timeline, so that filter is ignored.",
          status: "No status “{value}” appears in the timeline, so that filter is ignored.",
        },
      },
      list: {
        none: "No events match these filters.",
        partOf: "Part of",
        within: { one: "{n} event within it", other: "{n} events within it" } as PluralTemplates,
        untranslated: siteText.en.untranslated,
      },
      groups: {
        dateUnknown: "Date unknown",
        monthNotKnown: "Month not known",
        undated: "Undated",
      },
    },
  },
  vi: {
    title: "Dòng thời gian",
    description:
      "Mọi sự kiện đã ghi nhận trong quan hệ Việt Nam – Nga theo năm và tháng, lọc được theo ngày, loại, quốc gia, " +
      "nhân vật, tổ chức, chủ đề và trạng thái.",
    lede: "Mọi sự kiện, theo năm và tháng. Mở một chuyến thăm để xem các cuộc gặp diễn ra trong chuyến thăm đó.",
    explorer: {
      form: {
        label: "Lọc dòng thời gian",
        from: "Từ (năm, tháng hoặc ngày)",
        to: "Đến",
        any: "Tất cả",
        fields: {
          kind: "Loại",
          person: "Nhân vật",
          organization: "Tổ chức",
          country: "Quốc gia",
          topic: "Chủ đề",
          status: "Trạng thái",
        },
        apply: "Áp dụng ngày",
        clear: "Xóa tất cả",
      },
      status: {
        idle: {
          other:
            "{n} sự kiện. Chọn bộ lọc để thu hẹp danh sách; thanh địa chỉ lưu các bộ lọc, nên bạn có thể chia sẻ " +
            "cách xem này.",
        },
        failed: "Không tải được danh sách sự kiện để lọc: {message}.",
        answered: "danh sách sự kiện trả về mã {status}",
        filtering: "Đang lọc…",
        matched: "{count} trên {total} sự kiện phù hợp.",
      },
      query: {
        intro: "Một số bộ lọc trong địa chỉ này không dùng được:",
        badDate:
          "“{value}” không phải là ngày đọc được cho “{key}”; " +
          "hãy dùng năm, tháng hoặc ngày, ví dụ 2023, 2023-10 hoặc 2023-10-16. Bộ lọc này bị bỏ qua.",
        backwards:
          "Khoảng thời gian bắt đầu ({from}) sau khi kết thúc ({to}), nên không có sự kiện nào phù hợp; " +
          "hãy đổi chỗ hai ngày để xem sự kiện.",
        unknown: {
          kind: "Dòng thời gian không có loại sự kiện “{value}”, nên bộ lọc này bị bỏ qua.",
          person: "Dòng thời gian không có nhân vật “{value}”, nên bộ lọc này bị bỏ qua.",
          organization: "Dòng thời gian không có tổ chức “{value}”, nên bộ lọc này bị bỏ qua.",
          country: "Dòng thời gian không có quốc gia “{value}”, nên bộ lọc này bị bỏ qua.",
          topic: "Dòng thời gian không có chủ đề “{value}”, nên bộ lọc này bị bỏ qua.",
          status: "Dòng thời gian không có trạng thái “{value}”, nên bộ lọc này bị bỏ qua.",
        },
      },
      list: {
        none: "Không có sự kiện nào phù hợp với các bộ lọc này.",
        partOf: "Thuộc",
        within: { other: "{n} sự kiện trong khuôn khổ này" },
        untranslated: siteText.vi.untranslated,
      },
      groups: {
        dateUnknown: "Không rõ ngày",
        monthNotKnown: "Không rõ tháng",
        undated: "Không có ngày",
      },
    },
  },
  ru: {
    title: "Хронология",
    description:
      "Все зафиксированные события вьетнамско-российских отношений по годам и месяцам, с фильтрами по дате, виду, " +
      "стране, человеку, организации, теме и статусу.",
    lede: "Все события по годам и месяцам. Визит раскрывается и показывает встречи, прошедшие в его рамках.",
    explorer: {
      form: {
        label: "Фильтры хронологии",
        from: "С (год, месяц или день)",
        to: "По",
        any: "Все",
        fields: {
          kind: "Вид",
          person: "Человек",
          organization: "Организация",
          country: "Страна",
          topic: "Тема",
          status: "Статус",
        },
        apply: "Применить даты",
        clear: "Сбросить всё",
      },
      status: {
        idle: {
          one: `{n} событие. ${RU_IDLE}`,
          few: `{n} события. ${RU_IDLE}`,
          many: `{n} событий. ${RU_IDLE}`,
          other: `{n} события. ${RU_IDLE}`,
        },
        failed: "Не удалось загрузить события для фильтрации: {message}.",
        answered: "список событий ответил кодом {status}",
        filtering: "Фильтрация…",
        matched: "Подходящих событий: {count} из {total}.",
      },
      query: {
        intro: "Некоторые фильтры из этого адреса применить не удалось:",
        badDate:
          "«{value}» не читается как дата для «{key}»: укажите год, месяц или день, например 2023, 2023-10 " +
          "или 2023-10-16. Этот фильтр не применён.",
        backwards:
          "Период начинается ({from}) позже, чем заканчивается ({to}), поэтому ни одно событие не подходит; " +
          "поменяйте даты местами.",
        unknown: {
          kind: "В хронологии нет вида событий «{value}», поэтому этот фильтр не применён.",
          person: "В хронологии нет человека «{value}», поэтому этот фильтр не применён.",
          organization: "В хронологии нет организации «{value}», поэтому этот фильтр не применён.",
          country: "В хронологии нет страны «{value}», поэтому этот фильтр не применён.",
          topic: "В хронологии нет темы «{value}», поэтому этот фильтр не применён.",
          status: "В хронологии нет статуса «{value}», поэтому этот фильтр не применён.",
        },
      },
      list: {
        none: "Ни одно событие не подходит под эти фильтры.",
        partOf: "В рамках события",
        within: {
          one: "{n} событие в его рамках",
          few: "{n} события в его рамках",
          many: "{n} событий в его рамках",
          other: "{n} события в его рамках",
        },
        untranslated: siteText.ru.untranslated,
      },
      groups: {
        dateUnknown: "Дата неизвестна",
        monthNotKnown: "Месяц неизвестен",
        undated: "Без даты",
      },
    },
  },
});

/** The timeline's client-side words in one language: what the page hands to its explorer, form and list. */
export type TimelineText = (typeof timelineText)["en"]["explorer"];
