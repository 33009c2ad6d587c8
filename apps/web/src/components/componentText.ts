import { defineText } from "@/i18n/defineText";
import { countIn } from "@/lib/labels";

/**
 * The words of the shared record-page components (citation marks, the "Sources disagree" panel, source lists, terms
 * and participants tables, name lists), in every language. Server-only: some values are functions.
 */
export const componentText = defineText({
  en: {
    citations: {
      noSource: "no source",
      sourceLabel: (n: number, title: string) => `Source ${n}: ${title}`,
    },
    disagreement: {
      notice: (count: number) => `Sources disagree on ${count === 1 ? "one point" : `${count} points`} — see below`,
      heading: "Sources disagree",
      intro: (count: number) =>
        `${count === 1 ? "One fact here is" : `${count} facts here are`} reported differently by different sources. ` +
        "Every version is kept with its sources; the preferred one is marked, with the reason (Wikidata-style ranks).",
      contradiction: "The versions contradict each other; at most one is right.",
      complementary: "The accounts are complementary; more than one may be right.",
      disputed: (fields: string) => `Disputed: ${fields}.`,
      deprecatedNote: " (kept so it is not added again)",
      whyPreferred: "Why the preferred version: ",
      howTheyFit: "How the accounts fit: ",
      sources: (n: number) => countIn("en", n, { one: "source", other: "sources" }),
      mark: "disputed",
      markLabel: (question: string) => `Sources disagree: ${question}`,
      /** The disputed fields in words; English keeps the field names. */
      fields: {} as Readonly<Record<string, string>>,
    },
    events: {
      none: "No events are recorded.",
    },
    externalLink: {
      newTab: " (opens in a new tab)",
    },
    names: {
      columns: { name: "Name", language: "Language", kind: "Kind", sources: "Sources" },
      preferred: "preferred name",
      ownScript: "own script",
    },
    participants: {
      columns: { person: "Person", role: "Role", posts: "Posts held that day", sources: "Sources" },
      caption: "Participants, their roles and the posts they held on the day",
      none: "No participants are recorded.",
      and: " and ",
      ambiguous: " (the date is too coarse to be sure of the post that day)",
      impossible: "terms on record do not cover this date",
      notRecorded: "not recorded",
    },
    reportError: {
      spotted: "Spotted a mistake?",
      link: "Report an error on this page",
      recordId: "record id",
    },
    sources: {
      heading: "Sources",
      none: "No sources are recorded for this record.",
      unknownPublisher: "unknown publisher",
      dateUnknown: "date unknown",
      paragraph: (n: number) => `, paragraph ${n}`,
      quoted: (words: string) => `“${words}”`,
      openAtWords: "Open the source at the cited words",
      open: "Open the source",
      noAddress: "No address is known for this source.",
      supports: (about: string) => `supports ${about}`,
    },
    terms: {
      columns: { post: "Office", person: "Holder", from: "From", until: "Until", sources: "Sources" },
      none: "No terms of office are recorded.",
      acting: " acting",
      inPostBy: "start not recorded; in post by ",
      stillInPost: "no end recorded; still in post on ",
      notRecorded: "not recorded",
      noEnd: "no end recorded",
      noSource: "no source",
    },
    weakSource: {
      label: "weak source",
      why: "A scraped copy, an unattributed mirror or an unidentified publisher",
    },
  },
  vi: {
    citations: {
      noSource: "không có nguồn",
      sourceLabel: (n, title) => `Nguồn ${n}: ${title}`,
    },
    disagreement: {
      notice: (count) => `Các nguồn khác nhau ở ${count === 1 ? "một điểm" : `${count} điểm`} — xem bên dưới`,
      heading: "Các nguồn không thống nhất",
      intro: (count) =>
        `${count === 1 ? "Một dữ kiện" : `${count} dữ kiện`} ở đây được các nguồn nêu khác nhau. ` +
        "Mọi phiên bản đều được giữ lại cùng nguồn của nó; phiên bản ưu tiên được đánh dấu kèm lý do " +
        "(xếp hạng theo kiểu Wikidata).",
      contradiction: "Các phiên bản mâu thuẫn nhau; nhiều nhất chỉ một phiên bản đúng.",
      complementary: "Các thông tin bổ sung cho nhau; có thể nhiều phiên bản cùng đúng.",
      disputed: (fields) => `Điểm có tranh cãi: ${fields}.`,
      deprecatedNote: " (giữ lại để không bị thêm lần nữa)",
      whyPreferred: "Vì sao chọn phiên bản ưu tiên: ",
      howTheyFit: "Các thông tin khớp nhau thế nào: ",
      sources: (n) => countIn("vi", n, { other: "nguồn" }),
      mark: "có tranh cãi",
      markLabel: (question) => `Các nguồn không thống nhất: ${question}`,
      fields: {
        date: "ngày",
        name: "tên",
        otherNames: "tên khác",
        nativeName: "tên gốc",
        kind: "loại",
        status: "trạng thái",
        summary: "tóm tắt",
        title: "tiêu đề",
        label: "tên gọi",
        earlierPlans: "kế hoạch trước đó",
        participants: "người tham dự",
        "participants.posts": "chức vụ của người tham dự",
        place: "địa điểm",
        countries: "quốc gia",
        organizations: "tổ chức",
        topics: "chủ đề",
        birth: "ngày sinh",
        death: "ngày mất",
        founded: "ngày thành lập",
        start: "ngày bắt đầu",
        end: "ngày kết thúc",
        parties: "các bên",
        signatories: "người ký",
        note: "ghi chú",
      },
    },
    events: {
      none: "Chưa ghi nhận sự kiện nào.",
    },
    externalLink: {
      newTab: " (mở trong thẻ mới)",
    },
    names: {
      columns: { name: "Tên", language: "Ngôn ngữ", kind: "Loại", sources: "Nguồn" },
      preferred: "tên chính",
      ownScript: "chữ viết gốc",
    },
    participants: {
      columns: { person: "Người", role: "Vai trò", posts: "Chức vụ ngày hôm đó", sources: "Nguồn" },
      caption: "Người tham dự, vai trò và chức vụ của họ vào ngày hôm đó",
      none: "Chưa ghi nhận người tham dự nào.",
      and: " và ",
      ambiguous: " (ngày không đủ chi tiết để chắc chắn chức vụ hôm đó)",
      impossible: "các nhiệm kỳ đã ghi không bao gồm ngày này",
      notRecorded: "chưa ghi nhận",
    },
    reportError: {
      spotted: "Phát hiện sai sót?",
      link: "Báo lỗi trên trang này",
      recordId: "mã bản ghi",
    },
    sources: {
      heading: "Nguồn",
      none: "Bản ghi này chưa có nguồn nào.",
      unknownPublisher: "không rõ nơi xuất bản",
      dateUnknown: "không rõ ngày",
      paragraph: (n) => `, đoạn ${n}`,
      quoted: (words) => `“${words}”`,
      openAtWords: "Mở nguồn tại đoạn được trích",
      open: "Mở nguồn",
      noAddress: "Không rõ địa chỉ của nguồn này.",
      supports: (about) => `nguồn cho ${about}`,
    },
    terms: {
      columns: { post: "Chức vụ", person: "Người giữ chức", from: "Từ", until: "Đến", sources: "Nguồn" },
      none: "Chưa ghi nhận nhiệm kỳ nào.",
      acting: " quyền",
      inPostBy: "không rõ ngày bắt đầu; đã tại chức vào ",
      stillInPost: "không rõ ngày kết thúc; vẫn tại chức vào ",
      notRecorded: "chưa ghi nhận",
      noEnd: "chưa ghi nhận ngày kết thúc",
      noSource: "không có nguồn",
    },
    weakSource: {
      label: "nguồn yếu",
      why: "Bản sao thu thập tự động, trang chép lại không ghi nguồn hoặc nơi xuất bản không xác định",
    },
  },
  ru: {
    citations: {
      noSource: "нет источника",
      sourceLabel: (n, title) => `Источник ${n}: ${title}`,
    },
    disagreement: {
      notice: (count) =>
        `Источники расходятся по ${
          count === 1
            ? "одному пункту"
            : countIn("ru", count, { one: "пункту", few: "пунктам", many: "пунктам", other: "пункта" })
        } — см. ниже`,
      heading: "Источники расходятся",
      intro: (count) =>
        `Разные источники по-разному сообщают ${
          count === 1 ? "об одном факте" : `о ${countIn("ru", count, { one: "факте", other: "фактах" })}`
        } на этой странице. Каждая версия сохранена вместе с источниками; предпочтительная отмечена, с указанием ` +
        "причины (ранги в духе Викиданных).",
      contradiction: "Версии противоречат друг другу; верна не более чем одна.",
      complementary: "Версии дополняют друг друга; верными могут быть несколько.",
      disputed: (fields) => `Оспаривается: ${fields}.`,
      deprecatedNote: " (сохранена, чтобы её не добавили снова)",
      whyPreferred: "Почему предпочтительна эта версия: ",
      howTheyFit: "Как согласуются версии: ",
      sources: (n) => countIn("ru", n, { one: "источник", few: "источника", many: "источников", other: "источника" }),
      mark: "спорно",
      markLabel: (question) => `Источники расходятся: ${question}`,
      fields: {
        date: "дата",
        name: "имя",
        otherNames: "другие имена",
        nativeName: "имя в оригинале",
        kind: "вид",
        status: "статус",
        summary: "описание",
        title: "название",
        label: "название",
        earlierPlans: "прежние планы",
        participants: "участники",
        "participants.posts": "должности участников",
        place: "место",
        countries: "страны",
        organizations: "организации",
        topics: "темы",
        birth: "рождение",
        death: "смерть",
        founded: "основание",
        start: "начало",
        end: "окончание",
        parties: "стороны",
        signatories: "подписанты",
        note: "примечание",
      },
    },
    events: {
      none: "События не записаны.",
    },
    externalLink: {
      newTab: " (откроется в новой вкладке)",
    },
    names: {
      columns: { name: "Имя", language: "Язык", kind: "Вид", sources: "Источники" },
      preferred: "основное имя",
      ownScript: "в оригинальном письме",
    },
    participants: {
      columns: { person: "Участник", role: "Роль", posts: "Должности в тот день", sources: "Источники" },
      caption: "Участники, их роли и должности в тот день",
      none: "Участники не записаны.",
      and: " и ",
      ambiguous: " (дата слишком приблизительна, чтобы быть уверенным в должности в тот день)",
      impossible: "записанные сроки полномочий не охватывают эту дату",
      notRecorded: "не указано",
    },
    reportError: {
      spotted: "Заметили ошибку?",
      link: "Сообщить об ошибке на этой странице",
      recordId: "идентификатор записи",
    },
    sources: {
      heading: "Источники",
      none: "Для этой записи источники не указаны.",
      unknownPublisher: "издатель неизвестен",
      dateUnknown: "дата неизвестна",
      paragraph: (n) => `, абзац ${n}`,
      quoted: (words) => `«${words}»`,
      openAtWords: "Открыть источник на месте цитаты",
      open: "Открыть источник",
      noAddress: "Адрес этого источника неизвестен.",
      supports: (about) => `подтверждает ${about}`,
    },
    terms: {
      columns: { post: "Должность", person: "Кто занимал", from: "С", until: "По", sources: "Источники" },
      none: "Сроки полномочий не записаны.",
      acting: " и. о.",
      inPostBy: "начало не указано; в должности уже на ",
      stillInPost: "окончание не указано; ещё в должности на ",
      notRecorded: "не указано",
      noEnd: "окончание не указано",
      noSource: "нет источника",
    },
    weakSource: {
      label: "слабый источник",
      why: "Скопированная страница, зеркало без указания авторства или неустановленный издатель",
    },
  },
});
