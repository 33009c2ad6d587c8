// The curation workbench's words in each language. Strings only: the page passes one language's set to the client
// workbench (`curateText[language]`), which fills in "{name}"-style slots with `fillText`. The drafter itself, its notes
// and the drafted records stay as core writes them (English); only the interface around them is translated.
import { defineText } from "@/i18n/defineText";
import type { PluralTemplates } from "@/i18n/fillText";

const counted = (forms: PluralTemplates): PluralTemplates => forms;

export const curateText = defineText({
  en: {
    form: {
      how: "The article is analysed in your browser; nothing is sent anywhere.",
      text: "Article: plain text, or a saved web page’s HTML",
      textPlaceholder: "Paste the article here, or drop a .txt or .html file.",
      file: "Or open a file (.txt, .html)",
      fileTooLarge: "{name} is larger than 10 MB; open a single article.",
      fileRead: "Read {name} ({kb} KB).",
      url: "Article URL",
      published: "Published on",
      publisher: "Publisher",
      publisherPlaceholder: "VietnamPlus, TASS…",
      language: "Language",
      detect: "Detect it",
      submit: "Draft records",
    },
    status: {
      empty: "Paste an article’s text or open a file first.",
      working: "Drafting…",
      failed: "Drafting failed: {message}",
      done: "Drafted: {summary}",
    },
    summary: {
      /** "{spans}, {events} ({matched} matched, {fresh} new), {conflicts}, {people}." */
      line: "{spans}, {events} ({matched} matched, {fresh} new), {conflicts}, {people}.",
      spans: counted({ one: "{n} recognised span", other: "{n} recognised spans" }),
      events: counted({ one: "{n} event", other: "{n} events" }),
      conflicts: counted({ one: "{n} conflict", other: "{n} conflicts" }),
      people: counted({ one: "{n} new person", other: "{n} new persons" }),
    },
    results: {
      heading: "The draft",
      download: "Download the draft (JSON)",
      applyBefore: "Review it, then merge it with",
      applyAfter:
        ": new records are added, matched ones gain this source, and conflicts become disagreements that keep " +
        "both versions.",
      events: "Events",
      newPeople: "People not in the record",
      analysed: "The text, as analysed",
    },
    events: {
      none: "No event was found in the text.",
      roles: { main: "Main event", reported: "Also reported", background: "Background reference" },
      date: "Date",
      kind: "Kind",
      status: "Status",
      inRecord: "In the record",
      matches: "matches",
      isNew: "new: not in the record yet",
      agrees: "Agrees on",
      participants: "Participants",
      noParticipants: "none found",
      conflictsWith: "Conflicts with {id}",
      caption: "Where the article and the record differ (both are kept as a disagreement)",
      field: "Field",
      record: "The record",
      article: "The article",
      words: "The article’s words",
      nothing: "(nothing)",
    },
    marks: {
      legend: "What the marks mean",
      kinds: {
        person: "person",
        post: "office",
        organization: "organization",
        place: "place",
        topic: "topic",
        date: "date",
      },
      notInRecord: "not in the record",
    },
  },
  vi: {
    form: {
      how: "Bài báo được phân tích ngay trong trình duyệt của bạn; không có gì được gửi đi.",
      text: "Bài báo: văn bản thuần, hoặc HTML của một trang web đã lưu",
      textPlaceholder: "Dán bài báo vào đây, hoặc thả một tệp .txt hay .html.",
      file: "Hoặc mở một tệp (.txt, .html)",
      fileTooLarge: "{name} lớn hơn 10 MB; hãy mở một bài báo riêng lẻ.",
      fileRead: "Đã đọc {name} ({kb} KB).",
      url: "URL bài báo",
      published: "Ngày đăng",
      publisher: "Cơ quan báo chí",
      publisherPlaceholder: "VietnamPlus, TASS…",
      language: "Ngôn ngữ",
      detect: "Tự nhận diện",
      submit: "Soạn bản nháp",
    },
    status: {
      empty: "Hãy dán nội dung bài báo hoặc mở một tệp trước.",
      working: "Đang soạn…",
      failed: "Soạn nháp thất bại: {message}",
      done: "Đã soạn: {summary}",
    },
    summary: {
      line: "{spans}, {events} ({matched} khớp, {fresh} mới), {conflicts}, {people}.",
      spans: counted({ other: "{n} đoạn được nhận diện" }),
      events: counted({ other: "{n} sự kiện" }),
      conflicts: counted({ other: "{n} điểm mâu thuẫn" }),
      people: counted({ other: "{n} nhân vật mới" }),
    },
    results: {
      heading: "Bản nháp",
      download: "Tải bản nháp (JSON)",
      applyBefore: "Hãy rà soát, rồi hợp nhất bằng lệnh",
      applyAfter:
        ": các bản ghi mới được thêm vào, các bản ghi khớp được bổ sung nguồn này, và các điểm mâu thuẫn trở thành " +
        "điểm khác biệt giữ lại cả hai phiên bản.",
      events: "Sự kiện",
      newPeople: "Nhân vật chưa có trong hồ sơ",
      analysed: "Văn bản, như đã phân tích",
    },
    events: {
      none: "Không tìm thấy sự kiện nào trong văn bản.",
      roles: { main: "Sự kiện chính", reported: "Cũng được đưa tin", background: "Nhắc lại làm bối cảnh" },
      date: "Ngày",
      kind: "Loại",
      status: "Tình trạng",
      inRecord: "Trong hồ sơ",
      matches: "khớp với",
      isNew: "mới: chưa có trong hồ sơ",
      agrees: "Trùng khớp về",
      participants: "Người tham gia",
      noParticipants: "không tìm thấy",
      conflictsWith: "Mâu thuẫn với {id}",
      caption: "Chỗ bài báo và hồ sơ khác nhau (cả hai được giữ lại thành một điểm khác biệt)",
      field: "Trường",
      record: "Hồ sơ",
      article: "Bài báo",
      words: "Nguyên văn bài báo",
      nothing: "(không có)",
    },
    marks: {
      legend: "Ý nghĩa các đánh dấu",
      kinds: {
        person: "nhân vật",
        post: "chức vụ",
        organization: "tổ chức",
        place: "địa điểm",
        topic: "chủ đề",
        date: "ngày tháng",
      },
      notInRecord: "chưa có trong hồ sơ",
    },
  },
  ru: {
    form: {
      how: "Статья анализируется в вашем браузере; ничего никуда не отправляется.",
      text: "Статья: обычный текст или HTML сохранённой веб-страницы",
      textPlaceholder: "Вставьте статью сюда или перетащите файл .txt или .html.",
      file: "Или откройте файл (.txt, .html)",
      fileTooLarge: "{name} больше 10 МБ; откройте одну статью.",
      fileRead: "Прочитан {name} ({kb} КБ).",
      url: "URL статьи",
      published: "Дата публикации",
      publisher: "Издание",
      publisherPlaceholder: "VietnamPlus, ТАСС…",
      language: "Язык",
      detect: "Определить",
      submit: "Составить черновик",
    },
    status: {
      empty: "Сначала вставьте текст статьи или откройте файл.",
      working: "Составляем черновик…",
      failed: "Не удалось составить черновик: {message}",
      done: "Готово: {summary}",
    },
    summary: {
      line: "{spans}, {events} (совпало: {matched}, новых: {fresh}), {conflicts}, {people}.",
      spans: counted({
        one: "{n} распознанный фрагмент",
        few: "{n} распознанных фрагмента",
        many: "{n} распознанных фрагментов",
        other: "{n} распознанного фрагмента",
      }),
      events: counted({ one: "{n} событие", few: "{n} события", many: "{n} событий", other: "{n} события" }),
      conflicts: counted({
        one: "{n} расхождение",
        few: "{n} расхождения",
        many: "{n} расхождений",
        other: "{n} расхождения",
      }),
      people: counted({
        one: "{n} новая персона",
        few: "{n} новые персоны",
        many: "{n} новых персон",
        other: "{n} новой персоны",
      }),
    },
    results: {
      heading: "Черновик",
      download: "Скачать черновик (JSON)",
      applyBefore: "Проверьте его, затем объедините командой",
      applyAfter:
        ": новые записи добавятся, совпавшие получат этот источник, а расхождения станут записями о расхождениях, " +
        "где сохраняются обе версии.",
      events: "События",
      newPeople: "Люди, которых нет в базе",
      analysed: "Текст после анализа",
    },
    events: {
      none: "В тексте не найдено ни одного события.",
      roles: { main: "Основное событие", reported: "Также упомянуто", background: "Упоминание для контекста" },
      date: "Дата",
      kind: "Тип",
      status: "Статус",
      inRecord: "В базе",
      matches: "совпадает с",
      isNew: "новое: в базе пока нет",
      agrees: "Совпадает по полям",
      participants: "Участники",
      noParticipants: "не найдены",
      conflictsWith: "Расхождения с {id}",
      caption: "Где статья и база расходятся (обе версии сохраняются как расхождение)",
      field: "Поле",
      record: "В базе",
      article: "В статье",
      words: "Слова статьи",
      nothing: "(нет)",
    },
    marks: {
      legend: "Что означают пометки",
      kinds: {
        person: "персона",
        post: "должность",
        organization: "организация",
        place: "место",
        topic: "тема",
        date: "дата",
      },
      notInRecord: "нет в базе",
    },
  },
});

/** One language's workbench words, as the client workbench receives them. */
export type CurateText = (typeof curateText)["en"];

/** The curate page's own words around the workbench (rendered on the server). */
export const curatePageText = defineText({
  en: {
    title: "Curate",
    description:
      "Turn a news article in English, Vietnamese or Russian into draft records that cite it word for word, " +
      "matched against Parley's record with every conflict shown. Runs in your browser.",
    heading: "Draft records from an article",
    lede:
      "Paste a news report or open a saved page. Parley marks the people, offices, organizations, places, " +
      "topics and dates it recognises, drafts the events with citations to the article’s own words, and " +
      "checks them against the record: what matches, what is new, and where the article disagrees. " +
      "Nothing leaves your browser and nothing in the record changes until a curator applies the draft.",
    noScriptBefore: "Drafting runs in your browser and needs JavaScript. The same works offline with",
    noScriptAfter: ".",
  },
  vi: {
    title: "Biên soạn",
    description:
      "Biến một bài báo tiếng Anh, tiếng Việt hoặc tiếng Nga thành các bản ghi nháp trích dẫn nguyên văn bài báo, " +
      "đối chiếu với hồ sơ của Parley và nêu rõ mọi điểm mâu thuẫn. Chạy ngay trong trình duyệt của bạn.",
    heading: "Soạn bản ghi nháp từ một bài báo",
    lede:
      "Dán một bản tin hoặc mở một trang đã lưu. Parley đánh dấu các nhân vật, chức vụ, tổ chức, địa điểm, chủ đề " +
      "và ngày tháng mà nó nhận ra, soạn các sự kiện kèm trích dẫn nguyên văn bài báo, rồi đối chiếu với hồ sơ: " +
      "điều gì khớp, điều gì mới, và bài báo nói khác ở đâu. Không có gì rời khỏi trình duyệt của bạn, và hồ sơ " +
      "không thay đổi cho đến khi người biên soạn áp dụng bản nháp.",
    noScriptBefore:
      "Việc soạn nháp chạy trong trình duyệt và cần JavaScript. Có thể làm điều tương tự ngoại tuyến bằng",
    noScriptAfter: ".",
  },
  ru: {
    title: "Обработка статей",
    description:
      "Превращает новостную статью на английском, вьетнамском или русском в черновые записи с дословными цитатами, " +
      "сверенные с базой Parley, с указанием всех расхождений. Работает в вашем браузере.",
    heading: "Черновые записи по статье",
    lede:
      "Вставьте новостное сообщение или откройте сохранённую страницу. Parley отмечает узнанных людей, должности, " +
      "организации, места, темы и даты, составляет события с цитатами из самой статьи и сверяет их с базой: что " +
      "совпадает, что ново и в чём статья расходится с базой. Ничего не покидает ваш браузер, и база не меняется, " +
      "пока куратор не применит черновик.",
    noScriptBefore:
      "Составление черновиков работает в браузере и требует JavaScript. То же можно сделать офлайн командой",
    noScriptAfter: ".",
  },
});
