import { nameIn, type Named, type TextIn } from "@parley/core";
import type { Language } from "@parley/core/search";
import type { ReactNode } from "react";
import { defineText } from "@/i18n/defineText";
import type { PluralForms } from "@/lib/labels";

/** Counted words as English has them; the other languages give the forms their plural rules need. */
const forms = (f: PluralForms): PluralForms => f;

/** The word a count takes in a language, without the number ("events", "события", "событий"). */
export function formOf(language: Language, count: number, words: PluralForms): string {
  return words[new Intl.PluralRules(language).select(count)] ?? words.other;
}

/** A count with its number in bold and its word after it: "**169** events". */
export function StrongCount({ language, count, words }: { language: Language; count: number; words: PluralForms }) {
  return (
    <>
      <strong>{count.toLocaleString(language)}</strong> {formOf(language, count, words)}
    </>
  );
}

/**
 * core's `nameIn` for the dataset's frozen records: its `Named` type asks for mutable citation lists, which a frozen
 * person, organization or place does not have, though `nameIn` only reads them.
 */
export function nameOf(record: { readonly name: string }, language: Language): TextIn {
  return nameIn(record as Named, language);
}

/**
 * A person's name as `nameIn` gave it, marked with its language when that is not the page's. People's names are not
 * translated but spelled: the Latin name on the Vietnamese site is how Vietnamese writes a Russian name, and a name no
 * source spells in Cyrillic stays in its own script on the Russian site; neither is a missing translation, so unlike
 * `LocalText` this never says "not translated".
 */
export function PersonName({ value, language }: { value: TextIn; language: Language }) {
  if (value.lang === language || (value.lang === "en" && language === "vi")) return <>{value.text}</>;
  return <span lang={value.lang}>{value.text}</span>;
}

/** A link maker a text puts around its own words, so each language places the link where its sentence needs it. */
type LinkTo = (text: string) => ReactNode;

/**
 * The words of the site's top-level pages: the home page, the data page and the indexes (events, people,
 * organizations, places, offices, topics, documents, sources). Server-only: some entries are functions.
 */
export const pageText = defineText({
  en: {
    counts: {
      events: forms({ one: "event", other: "events" }),
      people: forms({ one: "person", other: "people" }),
      organizations: forms({ one: "organization", other: "organizations" }),
      sources: forms({ one: "source", other: "sources" }),
      disagreements: forms({ one: "recorded disagreement", other: "recorded disagreements" }),
      places: forms({ one: "place", other: "places" }),
      offices: forms({ one: "office", other: "offices" }),
      terms: forms({ one: "term", other: "terms" }),
      documents: forms({ one: "document", other: "documents" }),
    },
    home: {
      lede:
        "Parley records who met whom between Vietnam and Russia — when, where, in which office, about what, and what " +
        "was signed — centred on the two countries' parliaments. Every fact links to the source that states it, dates " +
        "keep the precision the sources give, and where sources disagree every version is kept.",
      keyNumbers: "Key numbers",
      range: (from: string, to: string) => `From ${from} to ${to}.`,
      latest: "Latest events",
      fullTimeline: "The full timeline",
      startHere: "Start here",
      officialVisits: "Official visits",
      officialVisitsWhat: "filter the timeline by kind, person, organization, country, topic or period",
      peopleWhat: "offices over time and who they met",
      dumaVisit: "The October 2023 Duma visit to Hanoi",
      dumaVisitWhat: "meetings, posts held that day, and where sources disagree",
      network: "Who met whom",
      networkWhat: "the network of shared events, by period",
      data: "Download the data",
      dataWhat: "JSON, CSV, Popolo, iCalendar, PLOVER",
      methodology: "Methodology",
      methodologyWhat: "what counts, how facts are checked, how to report an error",
      perYear: "Visits and meetings per year since 2010",
      perYearChart: "Top-level events per year since 2010",
    },
    data: {
      title: "Download the data",
      crumb: "Data",
      description:
        "Parley's whole dataset to download: JSON, CSV, JSON Schema, Popolo, iCalendar, PLOVER and Parquet, " +
        "with its version, licence and how to cite it.",
      lede: (version: string, counts: string) => `Dataset version ${version}: ${counts}.`,
      version: "Version",
      licence: "Licence",
      covers: "Covers",
      span: (from: string, to: string) => `${from} to ${to}`,
      cite: "How to cite",
      citationInEnglish: "",
      citeAdvice:
        "Cite the dataset for what Parley assembled; cite the original sources (listed on every page and in every " +
        "file) for individual facts.",
      curate: "Add to the record",
      curateText: (link: LinkTo) => (
        <>
          Have a report Parley lacks? {link("Draft records from an article")} in your browser: it marks whom and what
          the article names, drafts cited events, shows where they match or contradict the record, and gives a draft
          file that <code>parley apply</code> merges.
        </>
      ),
      files: "Files",
      columns: { file: "File", format: "Format", size: "Size", holds: "What it holds" },
      units: { b: "B", kb: "KB", mb: "MB" },
      indexFile: "This list of files, with sizes, the version and the citation.",
      /** What an export file holds, where the English of core's manifest is not wanted; null: use core's English. */
      fileDescription: (_path: string, _calendarSkipped: number): string | null => null,
      csvNote:
        "CSV files start with a byte-order mark so spreadsheet programs read Vietnamese and Cyrillic correctly, and " +
        "cells that look like formulas are escaped.",
      calendarNote: (skipped: number) =>
        ` The calendar leaves out ${skipped} ${skipped === 1 ? "event" : "events"} dated only to the month or year, ` +
        "rather than inventing a day.",
      methodologyNote: (link: LinkTo) => (
        <> How the data is gathered and checked is on the {link("methodology")} page.</>
      ),
    },
    events: {
      title: "Events",
      description: "Every visit, meeting, session and signing in Parley, in date order.",
      lede: (count: string) =>
        `${count}; visits are listed here with the number of meetings within them. The timeline filters them.`,
      filter: "Filter them on the timeline",
      columns: { date: "Date", event: "Event", kind: "Kind", within: "Within it" },
    },
    people: {
      title: "People",
      description:
        "Everyone in Parley, with names in every script, the offices they held and how many events they took part in.",
      lede: (count: string) => `${count}, each with the offices they held over time and the people they met.`,
      columns: {
        name: "Name",
        original: "In their script",
        country: "Country",
        offices: "Offices on record",
        events: "Events",
      },
    },
    organizations: {
      title: "Organizations",
      description: "Legislatures, chambers, parties, ministries, bilateral mechanisms and publishers in Parley.",
      lede: (count: string) => `${count}, by kind.`,
      kinds: "Kinds of organization",
    },
    places: {
      title: "Places",
      description: "Cities and venues where Vietnam–Russia meetings took place.",
      lede: (count: string) => `${count}, by country.`,
    },
    posts: {
      title: "Offices",
      description:
        "Every office in Parley — chairs of legislatures, heads of state and government, ambassadors — and who held " +
        "it when.",
      lede: (count: string) => `${count}, by the organization they belong to. Each page shows its holders over time.`,
    },
    topics: {
      title: "Topics",
      description:
        "The topics Vietnam–Russia meetings are about, from legislative cooperation to energy, each with its events " +
        "over time.",
      lede: "The controlled vocabulary of topics; a broader topic's count includes its narrower ones.",
    },
    documents: {
      title: "Documents",
      description:
        "Treaties, agreements, joint statements and memoranda signed between Vietnam and Russia, with sources.",
      lede: (count: string) => `${count} signed or adopted, in date order.`,
      empty: "No documents are recorded yet.",
      noDate: "date not recorded",
    },
    sources: {
      title: "Sources",
      description: "Every news report and document Parley cites, with publisher, date and the records that cite it.",
      page: (n: number) => `Sources, page ${n}`,
      pageOf: (n: number, of: number) => `Sources, page ${n} of ${of}`,
      pager: (pages: number) => `Pages of sources (${pages})`,
      lede: (sources: number, publishers: number) =>
        `${sources} sources from ${publishers} publishers, by publisher. Unknown publishers, dates and addresses are ` +
        "shown as unknown, never guessed.",
      columns: { source: "Source", publisher: "Publisher", published: "Published", citedBy: "Cited by" },
      unknown: "unknown",
    },
  },
  vi: {
    counts: {
      events: { other: "sự kiện" },
      people: { other: "nhân vật" },
      organizations: { other: "tổ chức" },
      sources: { other: "nguồn" },
      disagreements: { other: "điểm khác biệt giữa các nguồn" },
      places: { other: "địa điểm" },
      offices: { other: "chức vụ" },
      terms: { other: "nhiệm kỳ" },
      documents: { other: "văn kiện" },
    },
    home: {
      lede:
        "Parley ghi lại ai đã gặp ai giữa Việt Nam và Nga — khi nào, ở đâu, với cương vị gì, về vấn đề gì và đã ký " +
        "kết những gì — tập trung vào quốc hội hai nước. Mỗi dữ kiện đều dẫn tới nguồn nêu nó, ngày tháng giữ đúng độ " +
        "chính xác mà nguồn đưa ra, và khi các nguồn khác nhau thì mọi phiên bản đều được giữ lại.",
      keyNumbers: "Số liệu chính",
      range: (from, to) => `Từ ${from} đến ${to}.`,
      latest: "Sự kiện mới nhất",
      fullTimeline: "Toàn bộ dòng thời gian",
      startHere: "Bắt đầu từ đây",
      officialVisits: "Các chuyến thăm chính thức",
      officialVisitsWhat: "lọc dòng thời gian theo loại, nhân vật, tổ chức, quốc gia, chủ đề hoặc giai đoạn",
      peopleWhat: "các chức vụ qua thời gian và những người họ đã gặp",
      dumaVisit: "Chuyến thăm Hà Nội của Duma Quốc gia tháng 10/2023",
      dumaVisitWhat: "các cuộc gặp, chức vụ nắm giữ vào ngày đó và những chỗ các nguồn khác nhau",
      network: "Ai gặp ai",
      networkWhat: "mạng lưới các sự kiện chung, theo giai đoạn",
      data: "Tải dữ liệu",
      dataWhat: "JSON, CSV, Popolo, iCalendar, PLOVER",
      methodology: "Phương pháp",
      methodologyWhat: "những gì được ghi nhận, cách kiểm tra dữ kiện, cách báo lỗi",
      perYear: "Các chuyến thăm và cuộc gặp mỗi năm từ 2010",
      perYearChart: "Số sự kiện chính mỗi năm từ 2010",
    },
    data: {
      title: "Tải dữ liệu",
      crumb: "Dữ liệu",
      description:
        "Toàn bộ bộ dữ liệu Parley để tải về: JSON, CSV, JSON Schema, Popolo, iCalendar, PLOVER và Parquet, kèm " +
        "phiên bản, giấy phép và cách trích dẫn.",
      lede: (version, counts) => `Bộ dữ liệu phiên bản ${version}: ${counts}.`,
      version: "Phiên bản",
      licence: "Giấy phép",
      covers: "Phạm vi thời gian",
      span: (from, to) => `${from} đến ${to}`,
      cite: "Cách trích dẫn",
      citationInEnglish: "Trích dẫn được ghi bằng tiếng Anh, đúng như bộ dữ liệu công bố:",
      citeAdvice:
        "Hãy trích dẫn bộ dữ liệu cho những gì Parley tổng hợp; với từng dữ kiện riêng lẻ, hãy trích dẫn các nguồn " +
        "gốc (được liệt kê trên mọi trang và trong mọi tệp).",
      curate: "Bổ sung dữ liệu",
      curateText: (link) => (
        <>
          Có một bản tin mà Parley chưa có? {link("Soạn bản ghi từ một bài báo")} ngay trong trình duyệt: công cụ đánh
          dấu những người và những gì bài báo nhắc tới, soạn các sự kiện có dẫn nguồn, cho thấy chỗ chúng khớp hoặc mâu
          thuẫn với dữ liệu hiện có, và tạo một tệp nháp để <code>parley apply</code> hợp nhất.
        </>
      ),
      files: "Tệp",
      columns: { file: "Tệp", format: "Định dạng", size: "Dung lượng", holds: "Nội dung" },
      units: { b: "B", kb: "KB", mb: "MB" },
      indexFile: "Danh sách tệp này, kèm dung lượng, phiên bản và trích dẫn.",
      fileDescription: (path, calendarSkipped) => fileDescriptionVi(path, calendarSkipped),
      csvNote:
        "Các tệp CSV bắt đầu bằng dấu thứ tự byte (BOM) để các chương trình bảng tính đọc đúng tiếng Việt và chữ " +
        "Kirin, và các ô trông giống công thức đều được thoát ký tự.",
      calendarNote: (skipped) =>
        ` Lịch bỏ qua ${skipped.toLocaleString("vi")} sự kiện chỉ có tháng hoặc năm, thay vì bịa ra một ngày.`,
      methodologyNote: (link) => <> Cách thu thập và kiểm tra dữ liệu được trình bày ở trang {link("Phương pháp")}.</>,
    },
    events: {
      title: "Sự kiện",
      description: "Mọi chuyến thăm, cuộc gặp, phiên họp và lễ ký kết trong Parley, theo thứ tự thời gian.",
      lede: (count) =>
        `${count}; các chuyến thăm được liệt kê kèm số cuộc gặp diễn ra trong đó. Dòng thời gian cho phép lọc chúng.`,
      filter: "Lọc trên dòng thời gian",
      columns: { date: "Ngày", event: "Sự kiện", kind: "Loại", within: "Bên trong" },
    },
    people: {
      title: "Nhân vật",
      description:
        "Mọi nhân vật trong Parley, với tên bằng mọi hệ chữ, các chức vụ họ từng giữ và số sự kiện họ đã tham gia.",
      lede: (count) => `${count}, mỗi người kèm các chức vụ từng giữ qua thời gian và những người họ đã gặp.`,
      columns: {
        name: "Tên",
        original: "Tên gốc",
        country: "Quốc gia",
        offices: "Chức vụ được ghi nhận",
        events: "Sự kiện",
      },
    },
    organizations: {
      title: "Tổ chức",
      description: "Các cơ quan lập pháp, viện, đảng, bộ, cơ chế song phương và cơ quan báo chí trong Parley.",
      lede: (count) => `${count}, theo loại.`,
      kinds: "Các loại tổ chức",
    },
    places: {
      title: "Địa điểm",
      description: "Các thành phố và địa điểm nơi diễn ra những cuộc gặp Việt Nam – Nga.",
      lede: (count) => `${count}, theo quốc gia.`,
    },
    posts: {
      title: "Chức vụ",
      description:
        "Mọi chức vụ trong Parley — chủ tịch quốc hội, nguyên thủ quốc gia, người đứng đầu chính phủ, đại sứ — và ai " +
        "đã giữ chức vụ đó, vào lúc nào.",
      lede: (count) => `${count}, theo tổ chức. Trang của mỗi chức vụ cho thấy những người giữ chức vụ qua thời gian.`,
    },
    topics: {
      title: "Chủ đề",
      description:
        "Các chủ đề của những cuộc gặp Việt Nam – Nga, từ hợp tác lập pháp đến năng lượng, mỗi chủ đề kèm các sự kiện " +
        "theo thời gian.",
      lede: "Bộ từ vựng có kiểm soát về chủ đề; số sự kiện của một chủ đề rộng bao gồm cả các chủ đề hẹp hơn của nó.",
    },
    documents: {
      title: "Văn kiện",
      description: "Các hiệp ước, hiệp định, tuyên bố chung và bản ghi nhớ được ký giữa Việt Nam và Nga, có dẫn nguồn.",
      lede: (count) => `${count} được ký hoặc thông qua, theo thứ tự thời gian.`,
      empty: "Chưa có văn kiện nào được ghi nhận.",
      noDate: "chưa ghi ngày",
    },
    sources: {
      title: "Nguồn",
      description:
        "Mọi bản tin và tài liệu mà Parley trích dẫn, kèm cơ quan đăng tải, ngày đăng và các bản ghi trích dẫn chúng.",
      page: (n) => `Nguồn, trang ${n}`,
      pageOf: (n, of) => `Nguồn, trang ${n} trên ${of}`,
      pager: (pages) => `Các trang nguồn (${pages})`,
      lede: (sources, publishers) =>
        `${sources.toLocaleString("vi")} nguồn từ ${publishers.toLocaleString("vi")} cơ quan đăng tải, xếp theo cơ ` +
        "quan. Cơ quan, ngày và địa chỉ chưa rõ được ghi là không rõ, không bao giờ phỏng đoán.",
      columns: { source: "Nguồn", publisher: "Cơ quan đăng tải", published: "Ngày đăng", citedBy: "Số bản ghi dẫn" },
      unknown: "không rõ",
    },
  },
  ru: {
    counts: {
      events: { one: "событие", few: "события", many: "событий", other: "события" },
      people: { one: "человек", few: "человека", many: "человек", other: "человека" },
      organizations: { one: "организация", few: "организации", many: "организаций", other: "организации" },
      sources: { one: "источник", few: "источника", many: "источников", other: "источника" },
      disagreements: {
        one: "зафиксированное расхождение",
        few: "зафиксированных расхождения",
        many: "зафиксированных расхождений",
        other: "зафиксированного расхождения",
      },
      places: { one: "место", few: "места", many: "мест", other: "места" },
      offices: { one: "должность", few: "должности", many: "должностей", other: "должности" },
      terms: { one: "срок", few: "срока", many: "сроков", other: "срока" },
      documents: { one: "документ", few: "документа", many: "документов", other: "документа" },
    },
    home: {
      lede:
        "Parley фиксирует, кто с кем встречался между Вьетнамом и Россией: когда, где, в какой должности, о чём и что " +
        "было подписано, — прежде всего в отношениях парламентов двух стран. Каждый факт ссылается на источник, " +
        "который его сообщает, даты приводятся с той точностью, какую дают источники, а где источники расходятся, " +
        "сохраняется каждая версия.",
      keyNumbers: "Основные цифры",
      range: (from, to) => `С ${from} по ${to}.`,
      latest: "Последние события",
      fullTimeline: "Вся хронология",
      startHere: "С чего начать",
      officialVisits: "Официальные визиты",
      officialVisitsWhat: "фильтруйте хронологию по типу, человеку, организации, стране, теме или периоду",
      peopleWhat: "должности в разные годы и с кем они встречались",
      dumaVisit: "Визит делегации Госдумы в Ханой в октябре 2023 года",
      dumaVisitWhat: "встречи, должности участников в тот день и в чём расходятся источники",
      network: "Кто с кем встречался",
      networkWhat: "сеть общих событий по периодам",
      data: "Скачать данные",
      dataWhat: "JSON, CSV, Popolo, iCalendar, PLOVER",
      methodology: "Методология",
      methodologyWhat: "что учитывается, как проверяются факты, как сообщить об ошибке",
      perYear: "Визиты и встречи по годам с 2010 года",
      perYearChart: "Число основных событий по годам с 2010 года",
    },
    data: {
      title: "Скачать данные",
      crumb: "Данные",
      description:
        "Весь набор данных Parley для скачивания: JSON, CSV, JSON Schema, Popolo, iCalendar, PLOVER и Parquet, с " +
        "версией, лицензией и правилами цитирования.",
      lede: (version, counts) => `Набор данных, версия ${version}: ${counts}.`,
      version: "Версия",
      licence: "Лицензия",
      covers: "Охватывает",
      span: (from, to) => `с ${from} по ${to}`,
      cite: "Как цитировать",
      citationInEnglish: "Библиографическая ссылка приводится на английском, как её публикует набор данных:",
      citeAdvice:
        "Ссылайтесь на набор данных за то, что собрал Parley, а за отдельные факты — на первоисточники (они указаны " +
        "на каждой странице и в каждом файле).",
      curate: "Дополнить данные",
      curateText: (link) => (
        <>
          Есть сообщение, которого нет в Parley? {link("Подготовьте записи по статье")} прямо в браузере: инструмент
          отметит, кого и что называет статья, составит события со ссылками на источник, покажет, где они совпадают с
          записями или противоречат им, и выдаст черновой файл, который объединяет команда <code>parley apply</code>.
        </>
      ),
      files: "Файлы",
      columns: { file: "Файл", format: "Формат", size: "Размер", holds: "Содержимое" },
      units: { b: "Б", kb: "КБ", mb: "МБ" },
      indexFile: "Этот список файлов с размерами, версией и библиографической ссылкой.",
      fileDescription: (path, calendarSkipped) => fileDescriptionRu(path, calendarSkipped),
      csvNote:
        "CSV-файлы начинаются с метки порядка байтов (BOM), чтобы табличные редакторы правильно читали вьетнамский " +
        "текст и кириллицу, а ячейки, похожие на формулы, экранируются.",
      calendarNote: (skipped) =>
        ` Календарь не включает события, датированные лишь месяцем или годом (их ${skipped.toLocaleString("ru")}), ` +
        "чтобы не придумывать день.",
      methodologyNote: (link) => (
        <> Как собираются и проверяются данные, рассказано на странице {link("«Методология»")}.</>
      ),
    },
    events: {
      title: "События",
      description: "Все визиты, встречи, заседания и подписания в Parley в хронологическом порядке.",
      lede: (count) =>
        `${count}; визиты приведены здесь с числом встреч в их рамках. В хронологии их можно отфильтровать.`,
      filter: "Отфильтровать в хронологии",
      columns: { date: "Дата", event: "Событие", kind: "Тип", within: "В его рамках" },
    },
    people: {
      title: "Люди",
      description: "Все люди в Parley: имена во всех написаниях, занимаемые должности и число событий с их участием.",
      lede: (count) => `${count}; у каждого — должности в разные годы и люди, с которыми он встречался.`,
      columns: {
        name: "Имя",
        original: "В оригинале",
        country: "Страна",
        offices: "Должности в базе",
        events: "События",
      },
    },
    organizations: {
      title: "Организации",
      description: "Законодательные органы, палаты, партии, министерства, двусторонние механизмы и издания в Parley.",
      lede: (count) => `${count}, по типам.`,
      kinds: "Типы организаций",
    },
    places: {
      title: "Места",
      description: "Города и площадки, где проходили российско-вьетнамские встречи.",
      lede: (count) => `${count}, по странам.`,
    },
    posts: {
      title: "Должности",
      description:
        "Все должности в Parley — председатели парламентов, главы государств и правительств, послы — и кто и когда " +
        "их занимал.",
      lede: (count) => `${count}, по организациям. На странице каждой — кто её занимал в разные годы.`,
    },
    topics: {
      title: "Темы",
      description:
        "Темы российско-вьетнамских встреч — от законодательного сотрудничества до энергетики, — и события по каждой " +
        "из них во времени.",
      lede: "Контролируемый словарь тем; в число событий более широкой темы входят события её подтем.",
    },
    documents: {
      title: "Документы",
      description:
        "Договоры, соглашения, совместные заявления и меморандумы, подписанные Вьетнамом и Россией, со ссылками на " +
        "источники.",
      lede: (count) => `Подписанные или принятые документы в хронологическом порядке: ${count}.`,
      empty: "Документы пока не внесены.",
      noDate: "дата не указана",
    },
    sources: {
      title: "Источники",
      description:
        "Все новости и документы, на которые ссылается Parley, с издателем, датой и записями, которые на них ссылаются.",
      page: (n) => `Источники, страница ${n}`,
      pageOf: (n, of) => `Источники, страница ${n} из ${of}`,
      pager: (pages) => `Страницы источников (${pages})`,
      lede: (sources, publishers) =>
        `${sources.toLocaleString("ru")} ${formOf("ru", sources, {
          one: "источник",
          few: "источника",
          many: "источников",
          other: "источника",
        })} от ${publishers.toLocaleString("ru")} ${formOf("ru", publishers, {
          one: "издателя",
          few: "издателей",
          many: "издателей",
          other: "издателя",
        })}, по издателям. Неизвестные издатели, даты и адреса так и помечены как неизвестные и никогда не угадываются.`,
      columns: { source: "Источник", publisher: "Издатель", published: "Опубликовано", citedBy: "Ссылок" },
      unknown: "неизвестно",
    },
  },
});

/** The Parquet tables core exports, by file name. */
const PARQUET_VI: Readonly<Record<string, string>> = {
  events: "mỗi dòng một sự kiện: ngày theo nguồn (EDTF) và ngày sớm nhất, muộn nhất có thể.",
  participants: "mỗi dòng một người tại một sự kiện, kèm vai trò và các chức vụ họ nắm giữ khi đó.",
  memberships:
    "mỗi dòng một nhiệm kỳ ở một chức vụ: bắt đầu và kết thúc theo nguồn (EDTF), ngày bắt đầu sớm nhất và ngày " +
    "kết thúc muộn nhất.",
  citations: "mỗi dòng một trích dẫn: bản ghi và trường mà nó làm căn cứ, nguồn, và liên kết tới những từ được trích.",
};

const PARQUET_RU: Readonly<Record<string, string>> = {
  events: "одна строка на событие: даты по источникам (EDTF) и самый ранний и самый поздний возможные дни.",
  participants: "одна строка на участника события, с его ролью и должностями, которые он тогда занимал.",
  memberships:
    "одна строка на срок в должности: начало и конец по источникам (EDTF), самое раннее начало и самый поздний " +
    "конец.",
  citations: "одна строка на ссылку: запись и поле, которые она подтверждает, источник и ссылка на цитируемые слова.",
};

/** What a CSV file's rows are, by the record kind it is named after. */
const CSV_VI: Readonly<Record<string, string>> = {
  events: "sự kiện",
  people: "nhân vật",
  organizations: "tổ chức",
  posts: "chức vụ",
  memberships: "nhiệm kỳ",
  documents: "văn kiện",
  statements: "phát biểu",
  topics: "chủ đề",
  places: "địa điểm",
  countries: "quốc gia",
  sources: "nguồn",
  disagreements: "điểm khác biệt giữa các nguồn",
};

const CSV_RU: Readonly<Record<string, string>> = {
  events: "событие",
  people: "человека",
  organizations: "организацию",
  posts: "должность",
  memberships: "срок полномочий",
  documents: "документ",
  statements: "заявление",
  topics: "тему",
  places: "место",
  countries: "страну",
  sources: "источник",
  disagreements: "расхождение",
};

/** The part of an export path that names its table or kind: `csv/events.csv` → `events`. */
function stem(path: string, folder: string, extension: string): string | null {
  return path.startsWith(`${folder}/`) && path.endsWith(extension)
    ? path.slice(folder.length + 1, -extension.length)
    : null;
}

/** What an export file holds, in Vietnamese; null for a file core added that this table does not know yet. */
function fileDescriptionVi(path: string, calendarSkipped: number): string | null {
  const csv = stem(path, "csv", ".csv");
  if (csv !== null) {
    const rows = CSV_VI[csv];
    return rows ? `Mỗi dòng một bản ghi ${rows}; các danh sách lồng nhau được làm phẳng.` : null;
  }
  const parquet = stem(path, "parquet", ".parquet");
  if (parquet !== null) return PARQUET_VI[parquet] ? `Bảng Parquet: ${PARQUET_VI[parquet]}` : null;
  switch (path) {
    case "parley.json":
      return "Toàn bộ bộ dữ liệu; hợp lệ theo lược đồ mà không cần sửa đổi.";
    case "parley.schema.json":
      return "JSON Schema (draft 2020-12) của parley.json.";
    case "popolo.json":
      return "Popolo JSON: nhân vật, tổ chức, chức vụ, nhiệm kỳ, sự kiện, khu vực.";
    case "parley.vi.ics":
      return "Cùng lịch iCalendar, với tiêu đề và tóm tắt bằng tiếng Việt (LANGUAGE=vi).";
    case "parley.ru.ics":
      return "Cùng lịch iCalendar, với tiêu đề và tóm tắt bằng tiếng Nga (LANGUAGE=ru).";
    case "parley.ics":
      return (
        `Lịch iCalendar gồm các sự kiện có ngày cụ thể; bỏ qua ${calendarSkipped.toLocaleString("vi")} sự kiện ` +
        "chỉ có tháng hoặc năm."
      );
    case "plover.jsonl":
      return "Bản ghi sự kiện PLOVER, mỗi dòng một đối tượng JSON (các sự kiện đã diễn ra).";
    default:
      return null;
  }
}

/** What an export file holds, in Russian; null for a file core added that this table does not know yet. */
function fileDescriptionRu(path: string, calendarSkipped: number): string | null {
  const csv = stem(path, "csv", ".csv");
  if (csv !== null) {
    const rows = CSV_RU[csv];
    return rows ? `Одна строка на ${rows}; вложенные списки приведены к плоскому виду.` : null;
  }
  const parquet = stem(path, "parquet", ".parquet");
  if (parquet !== null) return PARQUET_RU[parquet] ? `Таблица Parquet: ${PARQUET_RU[parquet]}` : null;
  switch (path) {
    case "parley.json":
      return "Весь набор данных; проходит проверку по схеме без изменений.";
    case "parley.schema.json":
      return "JSON Schema (draft 2020-12) для parley.json.";
    case "popolo.json":
      return "Popolo JSON: люди, организации, должности, сроки полномочий, события, территории.";
    case "parley.vi.ics":
      return "Тот же календарь iCalendar с названиями и описаниями на вьетнамском (LANGUAGE=vi).";
    case "parley.ru.ics":
      return "Тот же календарь iCalendar с названиями и описаниями на русском (LANGUAGE=ru).";
    case "parley.ics":
      return (
        "Календарь iCalendar с событиями, датированными с точностью до дня; события с менее точной датой не " +
        `включены (их ${calendarSkipped.toLocaleString("ru")}).`
      );
    case "plover.jsonl":
      return "Записи событий PLOVER, по одному объекту JSON в строке (состоявшиеся события).";
    default:
      return null;
  }
}
