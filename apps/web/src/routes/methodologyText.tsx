import { defineText } from "@/i18n/defineText";

/**
 * The methodology page in every language: its headings, prose and the headings of its tables. The descriptions of event
 * kinds and validation rules are core's English; their translations are below, keyed by kind and by rule code.
 * Server-only: paragraphs with markup are functions.
 */
export const methodologyText = defineText({
  en: {
    title: "Methodology",
    description:
      "What counts as an event in Parley, how every fact is sourced and checked, how disagreements between sources are " +
      "kept, every validation rule, and how to report an error.",
    lede: "How Parley decides what to record, how each fact is tied to its source, and what happens when sources disagree.",
    onThisPage: "On this page",
    sections: {
      scope: "What Parley records",
      events: "What counts as an event",
      sourcing: "How facts are sourced",
      dates: "Dates and offices",
      disagreements: "When sources disagree",
      rules: "Validation rules",
      corrections: "Report an error",
    },
    scope: [
      "Parley records contacts between Vietnam and Russia, centred on parliamentary diplomacy: visits, talks, " +
        "receptions, sessions of joint committees, signings, calls and messages; who took part and in which office; " +
        "what was discussed and signed; and which published source says so. It follows the Popolo model for people, " +
        "organizations, offices (posts) and terms of office (memberships).",
      "One real event is one record, whichever and however many reports describe it; a visit contains its meetings as " +
        "child events, and a meeting of many people is one event, not one per pair.",
    ],
    events:
      "Every event has one kind from a controlled list. Each kind maps to the PLOVER and CAMEO event-data codes, so the " +
      "data can join other event datasets.",
    kindColumns: { kind: "Kind", what: "What counts" },
    sourcing: () => (
      <>
        <p>
          Every fact cites at least one source: the event itself, each person&apos;s part in it, each term of office,
          each alternative spelling of a name, each version of a disputed fact. A citation names the source and, where
          possible, the paragraph and a verbatim fragment of at most twelve words. The fragment becomes a link that
          opens the source with those words highlighted (a URL text fragment, <code>#:~:text=</code>); if the page has
          changed, the browser simply opens it at the top.
        </p>
        <p>
          Facts are paraphrased in our own words; nothing is copied from a source beyond such short fragments. A
          source&apos;s publisher, address or date is written as unknown when we do not know it, never guessed. Where
          many outlets republish one wire story, that is noted: more pages do not always mean more independent reports.
        </p>
      </>
    ),
    dates: (month: string) => (
      <>
        <p>
          Dates keep the precision the sources give, written in EDTF (ISO 8601-2): a year (<code>2023</code>), a month (
          <code>2023-10</code>), a day (<code>2023-10-16</code>), a span (<code>2023-10-15/2023-10-16</code>), or an
          open end (<code>../2025-09-28</code>, “on or before”). Nothing is padded to an invented day: an event known
          only to the month is shown as “{month}” and left out of the calendar export.
        </p>
        <p>
          Offices are dated terms, never fixed labels on a person. Each participant&apos;s post is checked against their
          terms on the day of the event; a date too coarse to tell across a change of office is marked as ambiguous
          rather than wrong.
        </p>
      </>
    ),
    disagreements: () => (
      <p>
        Disagreements are kept, not resolved away, following Wikidata&apos;s ranks. Every version is recorded with the
        sources that give it. One may be marked <strong>preferred</strong>, with the reason; others stay at{" "}
        <strong>normal</strong> rank; a version judged wrong is <strong>deprecated</strong> but kept, so that no one
        adds it again. Accounts that can both be true are marked as complementary. Every record page with a disagreement
        shows a “Sources disagree” panel with all versions.
      </p>
    ),
    rules:
      "The dataset is checked on every change by the same schema and validator that ships with the data, in four " +
      "layers. This list is generated from the validator itself, so it cannot drift from what is enforced.",
    layers: {
      shape: { title: "Shape", what: "every record has the fields, types and vocabulary the schema gives it" },
      references: {
        title: "References",
        what: "every id points at a record of the right kind, and nothing is left unused",
      },
      time: {
        title: "Time",
        what: "dates agree with each other: terms, posts held on the day, meetings within visits",
      },
      provenance: {
        title: "Provenance",
        what: "every fact is cited, and cited words are found in the stored source texts",
      },
    },
    layerHeading: (title: string, what: string) => `${title}: ${what}`,
    ruleColumns: { rule: "Rule", requires: "What it requires" },
    corrections:
      "Every record page ends with a “Report an error on this page” link that opens a correction request already " +
      "naming the page and the record id. Tell us what is wrong and, if you can, the source (address, publisher, " +
      "date) that shows it. Corrections are checked against sources like any other fact.",
    report: "Report an error",
  },
  vi: {
    title: "Phương pháp",
    description:
      "Thế nào là một sự kiện trong Parley, mỗi dữ kiện được dẫn nguồn và kiểm tra ra sao, bất đồng giữa các nguồn " +
      "được lưu giữ thế nào, mọi quy tắc kiểm tra và cách báo lỗi.",
    lede:
      "Parley quyết định ghi lại những gì, gắn mỗi dữ kiện với nguồn của nó ra sao, và điều gì xảy ra khi các nguồn " +
      "khác nhau.",
    onThisPage: "Trên trang này",
    sections: {
      scope: "Parley ghi lại những gì",
      events: "Thế nào là một sự kiện",
      sourcing: "Dữ kiện được dẫn nguồn thế nào",
      dates: "Ngày tháng và chức vụ",
      disagreements: "Khi các nguồn khác nhau",
      rules: "Quy tắc kiểm tra",
      corrections: "Báo lỗi",
    },
    scope: [
      "Parley ghi lại các tiếp xúc giữa Việt Nam và Nga, tập trung vào ngoại giao nghị viện: các chuyến thăm, hội đàm, " +
        "tiếp kiến, phiên họp của các ủy ban liên hợp, lễ ký kết, điện đàm và thư, điện; ai tham gia và với cương vị " +
        "gì; đã thảo luận và ký kết những gì; và nguồn đã công bố nào nói vậy. Parley theo mô hình Popolo cho nhân vật, " +
        "tổ chức, chức vụ (posts) và nhiệm kỳ (memberships).",
      "Một sự kiện thực tế là một bản ghi, dù có bao nhiêu bản tin mô tả nó và mô tả ra sao; một chuyến thăm chứa các " +
        "cuộc gặp của nó như những sự kiện con, và một cuộc gặp của nhiều người là một sự kiện, không phải mỗi cặp " +
        "một sự kiện.",
    ],
    events:
      "Mỗi sự kiện có một loại thuộc danh sách có kiểm soát. Mỗi loại tương ứng với mã dữ liệu sự kiện PLOVER và " +
      "CAMEO, để dữ liệu có thể kết hợp với các bộ dữ liệu sự kiện khác.",
    kindColumns: { kind: "Loại", what: "Bao gồm" },
    sourcing: () => (
      <>
        <p>
          Mỗi dữ kiện đều dẫn ít nhất một nguồn: bản thân sự kiện, vai trò của từng người trong đó, từng nhiệm kỳ, từng
          cách viết khác của một cái tên, từng phiên bản của một dữ kiện còn tranh cãi. Một trích dẫn nêu tên nguồn và,
          khi có thể, đoạn văn cùng một đoạn trích nguyên văn không quá mười hai từ. Đoạn trích trở thành liên kết mở
          nguồn với những từ đó được tô sáng (một URL text fragment, <code>#:~:text=</code>); nếu trang đã thay đổi,
          trình duyệt chỉ đơn giản mở trang từ đầu.
        </p>
        <p>
          Dữ kiện được diễn đạt lại bằng lời của chúng tôi; không sao chép gì từ nguồn ngoài những đoạn trích ngắn như
          vậy. Cơ quan đăng tải, địa chỉ hay ngày của một nguồn được ghi là không rõ khi chúng tôi không biết, không bao
          giờ phỏng đoán. Khi nhiều cơ quan đăng lại cùng một bản tin của hãng thông tấn, điều đó được ghi chú: nhiều
          trang hơn không phải lúc nào cũng có nghĩa là nhiều bản tin độc lập hơn.
        </p>
      </>
    ),
    dates: (month) => (
      <>
        <p>
          Ngày tháng giữ đúng độ chính xác mà nguồn đưa ra, được viết theo EDTF (ISO 8601-2): một năm (<code>2023</code>
          ), một tháng (<code>2023-10</code>), một ngày (<code>2023-10-16</code>), một khoảng (
          <code>2023-10-15/2023-10-16</code>) hoặc một đầu mở (<code>../2025-09-28</code>, “vào hoặc trước ngày”). Không
          có ngày nào được bịa thêm: một sự kiện chỉ biết đến tháng được hiển thị là “{month}” và không có trong tệp
          lịch xuất ra.
        </p>
        <p>
          Chức vụ là các nhiệm kỳ có ngày tháng, không bao giờ là nhãn cố định gắn với một người. Chức vụ của mỗi người
          tham gia được đối chiếu với các nhiệm kỳ của họ vào ngày diễn ra sự kiện; một ngày quá thô để phân định khi
          chức vụ thay đổi được đánh dấu là không rõ ràng chứ không phải sai.
        </p>
      </>
    ),
    disagreements: () => (
      <p>
        Bất đồng giữa các nguồn được lưu giữ chứ không bị xóa bỏ, theo cách xếp hạng của Wikidata. Mỗi phiên bản được
        ghi lại cùng các nguồn đưa ra nó. Một phiên bản có thể được đánh dấu <strong>ưu tiên</strong>, kèm lý do; các
        phiên bản khác giữ <strong>hạng thường</strong>; một phiên bản bị coi là sai thì được đánh dấu{" "}
        <strong>không khuyến dùng</strong> nhưng vẫn được giữ lại, để không ai thêm nó vào lần nữa. Những tường thuật có
        thể cùng đúng được đánh dấu là bổ sung cho nhau. Mỗi trang bản ghi có bất đồng đều có khung “Các nguồn khác
        nhau” với mọi phiên bản.
      </p>
    ),
    rules:
      "Bộ dữ liệu được kiểm tra ở mỗi lần thay đổi bởi chính lược đồ và bộ kiểm tra đi kèm dữ liệu, theo bốn lớp. " +
      "Danh sách này được tạo từ chính bộ kiểm tra, nên không thể lệch khỏi những gì thực sự được áp dụng.",
    layers: {
      shape: { title: "Cấu trúc", what: "mỗi bản ghi có các trường, kiểu dữ liệu và từ vựng mà lược đồ quy định" },
      references: {
        title: "Tham chiếu",
        what: "mỗi mã trỏ tới một bản ghi đúng loại, và không có gì bị bỏ không dùng",
      },
      time: {
        title: "Thời gian",
        what: "các ngày tháng khớp với nhau: nhiệm kỳ, chức vụ nắm giữ vào ngày đó, các cuộc gặp trong chuyến thăm",
      },
      provenance: {
        title: "Nguồn gốc",
        what: "mỗi dữ kiện đều được dẫn nguồn, và những từ được trích có trong văn bản nguồn đã lưu",
      },
    },
    layerHeading: (title, what) => `${title}: ${what}`,
    ruleColumns: { rule: "Quy tắc", requires: "Yêu cầu" },
    corrections:
      "Mỗi trang bản ghi kết thúc bằng liên kết “Báo lỗi trên trang này”, mở một yêu cầu sửa đã ghi sẵn trang và mã " +
      "bản ghi. Hãy cho chúng tôi biết điều gì sai và, nếu có thể, nguồn (địa chỉ, cơ quan đăng tải, ngày) cho thấy " +
      "điều đó. Các chỉnh sửa được đối chiếu với nguồn như mọi dữ kiện khác.",
    report: "Báo lỗi",
  },
  ru: {
    title: "Методология",
    description:
      "Что считается событием в Parley, как каждый факт подкрепляется источником и проверяется, как сохраняются " +
      "расхождения между источниками, все правила проверки и как сообщить об ошибке.",
    lede:
      "Как Parley решает, что записывать, как каждый факт связывается с источником и что происходит, когда источники " +
      "расходятся.",
    onThisPage: "На этой странице",
    sections: {
      scope: "Что записывает Parley",
      events: "Что считается событием",
      sourcing: "Как факты подкрепляются источниками",
      dates: "Даты и должности",
      disagreements: "Когда источники расходятся",
      rules: "Правила проверки",
      corrections: "Сообщить об ошибке",
    },
    scope: [
      "Parley записывает контакты между Вьетнамом и Россией, прежде всего в парламентской дипломатии: визиты, " +
        "переговоры, приёмы, заседания совместных комиссий, подписания, телефонные разговоры и послания; кто в них " +
        "участвовал и в какой должности; что обсуждалось и подписывалось; и какой опубликованный источник это " +
        "сообщает. Для людей, организаций, должностей (posts) и сроков полномочий (memberships) используется модель " +
        "Popolo.",
      "Одно реальное событие — одна запись, сколько бы сообщений его ни описывали и как бы они это ни делали; визит " +
        "содержит свои встречи как дочерние события, а встреча многих людей — одно событие, а не по одному на каждую " +
        "пару.",
    ],
    events:
      "У каждого события один тип из контролируемого списка. Каждому типу соответствуют коды событийных данных PLOVER " +
      "и CAMEO, так что данные можно объединять с другими наборами событийных данных.",
    kindColumns: { kind: "Тип", what: "Что сюда относится" },
    sourcing: () => (
      <>
        <p>
          Каждый факт ссылается хотя бы на один источник: само событие, участие в нём каждого человека, каждый срок
          полномочий, каждое иное написание имени, каждая версия спорного факта. Ссылка называет источник и, где
          возможно, абзац и дословный фрагмент не длиннее двенадцати слов. Фрагмент становится ссылкой, которая
          открывает источник с выделенными словами (текстовый фрагмент URL, <code>#:~:text=</code>); если страница
          изменилась, браузер просто откроет её с начала.
        </p>
        <p>
          Факты пересказываются своими словами; из источника не копируется ничего, кроме таких коротких фрагментов.
          Издатель, адрес или дата источника, если мы их не знаем, помечаются как неизвестные и никогда не угадываются.
          Если одно сообщение информагентства перепечатывают многие издания, это отмечается: больше страниц не всегда
          означает больше независимых сообщений.
        </p>
      </>
    ),
    dates: (month) => (
      <>
        <p>
          Даты сохраняют ту точность, которую дают источники, и записываются в EDTF (ISO 8601-2): год (<code>2023</code>
          ), месяц (<code>2023-10</code>), день (<code>2023-10-16</code>), промежуток (
          <code>2023-10-15/2023-10-16</code>) или открытый конец (<code>../2025-09-28</code>, «не позднее»). Ничто не
          дополняется до выдуманного дня: событие, известное лишь с точностью до месяца, показано как «{month}» и не
          попадает в экспорт календаря.
        </p>
        <p>
          Должности — это датированные сроки полномочий, а не постоянные ярлыки на человеке. Должность каждого участника
          сверяется с его сроками на день события; если дата слишком неточна, чтобы определить должность при её смене,
          это помечается как неоднозначность, а не как ошибка.
        </p>
      </>
    ),
    disagreements: () => (
      <p>
        Расхождения сохраняются, а не устраняются, по образцу рангов Викиданных. Каждая версия записывается вместе с
        источниками, которые её приводят. Одной из них может быть присвоен ранг <strong>«предпочтительный»</strong> с
        указанием причины; остальные сохраняют <strong>обычный ранг</strong>; версия, признанная неверной, получает ранг{" "}
        <strong>«нерекомендуемый»</strong>, но сохраняется, чтобы никто не добавил её снова. Версии, которые могут быть
        верны одновременно, помечаются как дополняющие друг друга. На каждой странице записи с расхождением есть блок
        «Источники расходятся» со всеми версиями.
      </p>
    ),
    rules:
      "Набор данных проверяется при каждом изменении той же схемой и тем же валидатором, что поставляются вместе с " +
      "данными, в четыре слоя. Этот список строится из самого валидатора, поэтому не может разойтись с тем, что " +
      "действительно проверяется.",
    layers: {
      shape: { title: "Структура", what: "у каждой записи есть поля, типы и словарь, заданные схемой" },
      references: {
        title: "Ссылки",
        what: "каждый идентификатор указывает на запись нужного типа, и ничто не остаётся неиспользованным",
      },
      time: {
        title: "Время",
        what: "даты согласуются между собой: сроки полномочий, должности на день события, встречи в рамках визитов",
      },
      provenance: {
        title: "Происхождение",
        what: "каждый факт подкреплён ссылкой, а цитируемые слова найдены в сохранённых текстах источников",
      },
    },
    layerHeading: (title, what) => `${title}: ${what}`,
    ruleColumns: { rule: "Правило", requires: "Что требуется" },
    corrections:
      "Каждая страница записи заканчивается ссылкой «Сообщить об ошибке на этой странице», которая открывает запрос на " +
      "исправление с уже указанными страницей и идентификатором записи. Напишите, что неверно, и, если можете, " +
      "источник (адрес, издатель, дата), который это показывает. Исправления проверяются по источникам, как и любой " +
      "другой факт.",
    report: "Сообщить об ошибке",
  },
});
