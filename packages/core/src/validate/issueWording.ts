import type { Language } from "../labels/Language.js";
import { citedPartIn, kindInSentence, quoted } from "../model/CitedPart.js";
import type { RecordKind } from "../schema/Dataset.js";
import { schemaRules } from "../schema/schemaRules.js";
import type { IssueMessageKey, IssueValues } from "./IssueDetail.js";
import { shapeProblemIn } from "./shapeProblemIn.js";

/** Each message key worded in each language; a missing language fails the typecheck. */
type IssueWording = { readonly [K in IssueMessageKey]: Readonly<Record<Language, (values: IssueValues[K]) => string>> };

const en = (s: string) => quoted(s, "en");
const vi = (s: string) => quoted(s, "vi");
const ru = (s: string) => quoted(s, "ru");

/** Record kinds as alternatives: "person or organization", in Russian each quoted after «записи типа». */
function kindsIn(kinds: readonly RecordKind[], language: Language): string {
  const words = kinds.map((k) => kindInSentence(k, language));
  if (language === "ru") return words.map(ru).join(" или ");
  return words.join(language === "vi" ? " hoặc " : " or ");
}

/** English record-kind nouns as alternatives, with the article of the first: "an event", "a place or country". */
const aKinds = (kinds: readonly RecordKind[]) => {
  const nouns = kindsIn(kinds, "en");
  return `${/^[aeiou]/u.test(nouns) ? "an" : "a"} ${nouns}`;
};
const aKind = (kind: RecordKind) => aKinds([kind]);

const ruPlural = new Intl.PluralRules("ru");
/** A Russian noun agreeing with a count: `one`, `few` (2–4) or `many` (5–20, …). */
function ruCount(n: number, one: string, few: string, many: string): string {
  const form = ruPlural.select(n);
  return `${n} ${form === "one" ? one : form === "few" ? few : many}`;
}

/** Ids as a list of quoted names; past five, "and N more". */
function namedIds(ids: readonly string[], language: Language): string {
  const named = ids
    .slice(0, 5)
    .map((id) => quoted(id, language))
    .join(", ");
  if (ids.length <= 5) return named;
  const more = ids.length - 5;
  return named + { en: ` and ${more} more`, vi: ` và ${more} nguồn khác`, ru: ` и ещё ${more}` }[language];
}

const languageInEnglish: Record<Language, string> = { en: "English", vi: "Vietnamese", ru: "Russian" };
const languageInVietnamese: Record<Language, string> = { en: "tiếng Anh", vi: "tiếng Việt", ru: "tiếng Nga" };
/** "на русском", the prepositional case after «на … языке». */
const languageInRussian: Record<Language, string> = { en: "английском", vi: "вьетнамском", ru: "русском" };

/** Every issue and notice message of the validator, in English, Vietnamese and Russian. */
export const issueWording: IssueWording = {
  "dataset-not-object": {
    en: () => "the dataset must be a JSON object with one array per kind",
    vi: () => "bộ dữ liệu phải là một đối tượng JSON có một mảng cho mỗi loại bản ghi",
    ru: () => "набор данных должен быть объектом JSON с массивом для каждого типа записей",
  },
  "dataset-unreadable": {
    en: (v) => `the dataset could not be read: ${v.reason}`,
    vi: (v) => `không đọc được bộ dữ liệu: ${v.reason}`,
    ru: (v) => `не удалось прочитать набор данных: ${v.reason}`,
  },
  "field-missing": {
    en: (v) => `${v.field} is required`,
    vi: (v) => `thiếu trường bắt buộc ${v.field}`,
    ru: (v) => `нет обязательного поля ${v.field}`,
  },
  "fields-unknown": {
    en: (v) =>
      `unknown ${v.topLevel ? "top-level " : ""}field${v.fields.length > 1 ? "s" : ""} ${v.fields.map(en).join(", ")}`,
    vi: (v) => `trường không xác định${v.topLevel ? " ở cấp cao nhất" : ""}: ${v.fields.map(vi).join(", ")}`,
    ru: (v) =>
      `${v.fields.length > 1 ? "неизвестные поля" : "неизвестное поле"}${v.topLevel ? " верхнего уровня" : ""}: ` +
      v.fields.map(ru).join(", "),
  },
  "list-missing": {
    en: (v) => `${v.kind} is required (an array, possibly empty)`,
    vi: (v) => `thiếu ${v.kind} (một mảng, có thể rỗng)`,
    ru: (v) => `нет обязательного поля ${v.kind} (массив, возможно пустой)`,
  },
  "list-not-array": {
    en: (v) => `${v.kind} must be an array`,
    vi: (v) => `${v.kind} phải là một mảng`,
    ru: (v) => `поле ${v.kind} должно быть массивом`,
  },
  "schema-rule": {
    en: (v) => schemaRules[v.rule].en,
    vi: (v) => schemaRules[v.rule].vi,
    ru: (v) => schemaRules[v.rule].ru,
  },
  schema: {
    en: (v) => v.problem.message,
    vi: (v) => shapeProblemIn(v.problem, "vi"),
    ru: (v) => shapeProblemIn(v.problem, "ru"),
  },
  "id-duplicate": {
    en: (v) => `id ${en(v.id)} is already used by ${aKind(v.kind)}`,
    vi: (v) => `id ${vi(v.id)} đã được dùng cho một ${kindInSentence(v.kind, "vi")}`,
    ru: (v) => `id ${ru(v.id)} уже занят записью типа ${ru(kindInSentence(v.kind, "ru"))}`,
  },
  "id-unknown": {
    en: (v) => `${en(v.target)} is not the id of any ${v.expected ? kindsIn(v.expected, "en") : "record"}`,
    vi: (v) => `${vi(v.target)} không phải id của ${v.expected ? kindsIn(v.expected, "vi") : "bản ghi"} nào`,
    ru: (v) =>
      `${ru(v.target)} не является id ни одной записи${v.expected ? ` типа ${kindsIn(v.expected, "ru")}` : ""}`,
  },
  "id-wrong-kind": {
    en: (v) => `${en(v.target)} is ${aKind(v.actual)}, but ${aKinds(v.expected)} is expected here`,
    vi: (v) => `${vi(v.target)} là ${kindInSentence(v.actual, "vi")}, nhưng ở đây cần ${kindsIn(v.expected, "vi")}`,
    ru: (v) =>
      `${ru(v.target)} — запись типа ${ru(kindInSentence(v.actual, "ru"))}, а здесь нужна запись типа ` +
      kindsIn(v.expected, "ru"),
  },
  "redirect-duplicate": {
    en: (v) => `${en(v.from)} already redirects (redirects[${v.earlier}])`,
    vi: (v) => `${vi(v.from)} đã được chuyển hướng (redirects[${v.earlier}])`,
    ru: (v) => `для ${ru(v.from)} перенаправление уже есть (redirects[${v.earlier}])`,
  },
  "redirect-live": {
    en: (v) => `${en(v.from)} is the id of a live ${kindInSentence(v.kind, "en")}, so it cannot redirect`,
    vi: (v) => `${vi(v.from)} là id của một ${kindInSentence(v.kind, "vi")} đang có nên không thể chuyển hướng`,
    ru: (v) =>
      `${ru(v.from)} — id существующей записи типа ${ru(kindInSentence(v.kind, "ru"))}, ` +
      "поэтому перенаправлять его нельзя",
  },
  "link-unknown": {
    en: (v) => `the link [${v.text}](${v.target}) names no record`,
    vi: (v) => `liên kết [${v.text}](${v.target}) không trỏ tới bản ghi nào`,
    ru: (v) => `ссылка [${v.text}](${v.target}) не указывает ни на одну запись`,
  },
  "field-path-unknown": {
    en: (v) => `${en(v.path)} is not a field of ${aKind(v.kind)} (the record ${en(v.record)})`,
    vi: (v) => `${vi(v.path)} không phải trường của ${kindInSentence(v.kind, "vi")} (bản ghi ${vi(v.record)})`,
    ru: (v) => `${ru(v.path)} — не поле записи типа ${ru(kindInSentence(v.kind, "ru"))} (запись ${ru(v.record)})`,
  },
  cycle: {
    en: (v) => `following ${en(v.field)} from ${en(v.id)} leads back to itself`,
    vi: (v) => `đi theo ${vi(v.field)} từ ${vi(v.id)} lại quay về chính nó`,
    ru: (v) => `переход по ${ru(v.field)} от ${ru(v.id)} возвращает к нему же`,
  },
  orphan: {
    en: (v) => `${kindInSentence(v.kind, "en")} ${en(v.id)} is not used by any other record`,
    vi: (v) => `${kindInSentence(v.kind, "vi")} ${vi(v.id)} không được bản ghi nào khác dùng tới`,
    ru: (v) => `запись ${ru(v.id)} (тип ${ru(kindInSentence(v.kind, "ru"))}) не используется ни одной другой записью`,
  },
  "name-clash": {
    en: (v) => `shares the name ${en(v.name)} with ${v.others.map(en).join(", ")}; add a disambiguation note to each`,
    vi: (v) =>
      `trùng tên ${vi(v.name)} với ${v.others.map(vi).join(", ")}; hãy thêm ghi chú phân biệt cho từng bản ghi`,
    ru: (v) =>
      `имя ${ru(v.name)} совпадает с ${v.others.map(ru).join(", ")}; добавьте к каждой записи пояснение, ` +
      "чтобы их различать",
  },
  "term-ends-early": {
    en: (v) => `the term ends (${v.end}) before it starts (${v.start})`,
    vi: (v) => `nhiệm kỳ kết thúc (${v.end}) trước khi bắt đầu (${v.start})`,
    ru: (v) => `срок полномочий кончается (${v.end}) раньше, чем начинается (${v.start})`,
  },
  "seen-outside-term": {
    en: (v) => `${v.field} ${v.date} lies outside the term's start and end`,
    vi: (v) => `${v.field} ${v.date} nằm ngoài khoảng từ đầu đến cuối nhiệm kỳ`,
    ru: (v) => `${v.field} ${v.date} лежит вне начала и конца срока`,
  },
  "term-overlap": {
    en: (v) =>
      `overlaps ${en(v.other)} in the single-holder post ${en(v.post)} (both certainly in post ` +
      (v.until === null ? `from ${v.from}, with no end recorded)` : `${v.from} to ${v.until})`),
    vi: (v) =>
      `trùng thời gian với ${vi(v.other)} ở chức vụ chỉ một người giữ ${vi(v.post)} (cả hai chắc chắn giữ chức ` +
      (v.until === null ? `từ ${v.from}, chưa ghi nhận ngày kết thúc)` : `từ ${v.from} đến ${v.until})`),
    ru: (v) =>
      `пересекается с ${ru(v.other)} в должности ${ru(v.post)}, которую занимает один человек (оба точно в ` +
      `должности ${v.until === null ? `с ${v.from}, конец не записан)` : `с ${v.from} по ${v.until})`}`,
  },
  "death-before-birth": {
    en: (v) => `death (${v.death}) is before birth (${v.birth})`,
    vi: (v) => `ngày mất (${v.death}) trước ngày sinh (${v.birth})`,
    ru: (v) => `дата смерти (${v.death}) раньше даты рождения (${v.birth})`,
  },
  "post-not-held": {
    en: (v) =>
      `${v.person} is listed as ${en(v.post)} on ${v.date}, but ` +
      (v.hasTerms ? "none of their recorded terms covers that date" : "no term of office records them in it"),
    vi: (v) =>
      `${v.person} được ghi là ${vi(v.post)} vào ${v.date}, nhưng ` +
      (v.hasTerms
        ? "không nhiệm kỳ nào đã ghi của người này bao trùm ngày đó"
        : "không có nhiệm kỳ nào ghi nhận người này giữ chức vụ đó"),
    ru: (v) =>
      `${v.person} значится в должности ${ru(v.post)} на ${v.date}, но ` +
      (v.hasTerms ? "ни один из записанных сроков не покрывает эту дату" : "в данных нет срока в этой должности"),
  },
  "child-outside-parent": {
    en: (v) => `${v.date} falls outside its parent ${en(v.parent)} (${v.parentDate})`,
    vi: (v) => `${v.date} nằm ngoài sự kiện cha ${vi(v.parent)} (${v.parentDate})`,
    ru: (v) => `${v.date} выходит за пределы родительского события ${ru(v.parent)} (${v.parentDate})`,
  },
  "took-place-unsupported": {
    en: (v) =>
      `marked "took-place" but no cited source is known to be published on or after ${v.earliest}; ` +
      `cite a later report or mark it "announced"`,
    vi: (v) =>
      `được đánh dấu "took-place" nhưng không nguồn nào được dẫn có ngày đăng từ ${v.earliest} trở đi; ` +
      `hãy dẫn một bản tin muộn hơn hoặc đánh dấu "announced"`,
    ru: (v) =>
      `отмечено «took-place», но ни один цитируемый источник не опубликован, насколько известно, ${v.earliest} ` +
      `или позже; сошлитесь на более поздний материал или отметьте «announced»`,
  },
  "document-outside-event": {
    en: (v) => `dated ${v.date}, outside the event ${en(v.event)} (${v.eventDate})`,
    vi: (v) => `đề ngày ${v.date}, nằm ngoài sự kiện ${vi(v.event)} (${v.eventDate})`,
    ru: (v) => `датирован ${v.date}, вне события ${ru(v.event)} (${v.eventDate})`,
  },
  "session-reused": {
    en: (v) => `session number ${v.sequence} of ${en(v.series)} is also used by ${en(v.other)}`,
    vi: (v) => `số phiên ${v.sequence} của ${vi(v.series)} cũng đã được ${vi(v.other)} dùng`,
    ru: (v) => `номер заседания ${v.sequence} серии ${ru(v.series)} уже есть у ${ru(v.other)}`,
  },
  "session-out-of-order": {
    en: (v) =>
      `session ${v.sequence} of ${en(v.series)} (${v.date}) is dated before session ${v.previous} (${v.previousDate})`,
    vi: (v) =>
      `phiên ${v.sequence} của ${vi(v.series)} (${v.date}) có ngày sớm hơn phiên ${v.previous} (${v.previousDate})`,
    ru: (v) =>
      `заседание ${v.sequence} серии ${ru(v.series)} (${v.date}) датировано раньше заседания ${v.previous} ` +
      `(${v.previousDate})`,
  },
  uncited: {
    en: (v) => `the ${citedPartIn(v.part, "en")} cites no source`,
    vi: (v) => `${citedPartIn(v.part, "vi")}: không dẫn nguồn nào`,
    ru: (v) => `${citedPartIn(v.part, "ru")}: не указан ни один источник`,
  },
  "paragraph-out-of-range": {
    en: (v) => `paragraph ${v.paragraph} does not exist in ${en(v.source)} (it has ${v.count})`,
    vi: (v) => `không có đoạn ${v.paragraph} trong ${vi(v.source)} (nguồn này có ${v.count} đoạn)`,
    ru: (v) => `в ${ru(v.source)} нет абзаца ${v.paragraph} (в нём ${ruCount(v.count, "абзац", "абзаца", "абзацев")})`,
  },
  "fragment-not-found": {
    en: (v) =>
      `the fragment ${en(v.fragment)} does not occur in ` +
      (v.paragraph !== null ? `paragraph ${v.paragraph} of ${en(v.source)}` : en(v.source)),
    vi: (v) =>
      `đoạn trích ${vi(v.fragment)} không có trong ` +
      (v.paragraph !== null ? `đoạn ${v.paragraph} của ${vi(v.source)}` : vi(v.source)),
    ru: (v) =>
      `фрагмент ${ru(v.fragment)} не встречается в ` +
      (v.paragraph !== null ? `абзаце ${v.paragraph} источника ${ru(v.source)}` : ru(v.source)),
  },
  "translation-field-unknown": {
    en: (v) => `translates ${v.field}, which the record does not have`,
    vi: (v) => `dịch trường ${v.field}, trường mà bản ghi không có`,
    ru: (v) => `переводит поле ${v.field}, которого в записи нет`,
  },
  "translation-count": {
    en: (v) => `translates ${v.given} versions of ${v.expected}; give one per version`,
    vi: (v) => `dịch ${v.given} trên ${v.expected} phiên bản; hãy dịch đúng một lần cho mỗi phiên bản`,
    ru: (v) =>
      `переведено ${ruCount(v.given, "версия", "версии", "версий")} из ${v.expected}; нужен один перевод на версию`,
  },
  "text-unavailable": {
    en: (v) => `the text of ${en(v.source)} was not supplied, so its fragments and paragraphs were not checked`,
    vi: (v) => `không có văn bản của ${vi(v.source)}, nên các đoạn trích và số đoạn dẫn tới nó chưa được kiểm tra`,
    ru: (v) => `текст ${ru(v.source)} не предоставлен, поэтому фрагменты и абзацы в нём не проверены`,
  },
  "fragments-unchecked": {
    en: (v) =>
      `${v.pointers} fragment or paragraph pointer${v.pointers === 1 ? "" : "s"} into ${namedIds(v.sources, "en")} ` +
      `not checked: Parley does not hold ${v.sources.length === 1 ? "its" : "their"} text`,
    vi: (v) =>
      `${v.pointers} đoạn trích hoặc số đoạn dẫn tới ${namedIds(v.sources, "vi")} chưa được kiểm tra: Parley ` +
      `không lưu văn bản của ${v.sources.length === 1 ? "nguồn này" : "các nguồn này"}`,
    ru: (v) =>
      `не проверено ${ruCount(v.pointers, "указание", "указания", "указаний")} на фрагменты или абзацы в ` +
      `${namedIds(v.sources, "ru")}: у Parley нет ${v.sources.length === 1 ? "его" : "их"} текста`,
  },
  "translation-missing": {
    en: (v) => `${v.id} has no ${languageInEnglish[v.language]} (${v.language}) text for ${v.fields.join(", ")}`,
    vi: (v) => `${v.id} chưa có bản ${languageInVietnamese[v.language]} (${v.language}) cho ${v.fields.join(", ")}`,
    ru: (v) =>
      `у ${v.id} нет текста на ${languageInRussian[v.language]} языке (${v.language}) для ${v.fields.join(", ")}`,
  },
  "draft-match-stale": {
    en: (v) =>
      `the matched event ${en(v.match)} is ${v.found === null ? "no record" : `${aKind(v.found)}, not an event`} ` +
      "in the dataset",
    vi: (v) =>
      `sự kiện được ghép ${vi(v.match)} ${v.found === null ? "không có" : `là ${kindInSentence(v.found, "vi")}, không phải sự kiện,`} ` +
      "trong bộ dữ liệu",
    ru: (v) =>
      `сопоставленное событие ${ru(v.match)} ` +
      (v.found === null
        ? "в наборе данных отсутствует"
        : `в наборе данных — запись типа ${ru(kindInSentence(v.found, "ru"))}, а не событие`),
  },
  "draft-link-stale": {
    en: (v) =>
      v.found === null
        ? `${en(v.target)} is not the id of any ${kindsIn(v.expected, "en")} in the dataset or the draft`
        : `${en(v.target)} is ${aKind(v.found)}, not ${aKinds(v.expected)}`,
    vi: (v) =>
      v.found === null
        ? `${vi(v.target)} không phải id của ${kindsIn(v.expected, "vi")} nào trong bộ dữ liệu hay bản nháp`
        : `${vi(v.target)} là ${kindInSentence(v.found, "vi")}, không phải ${kindsIn(v.expected, "vi")}`,
    ru: (v) =>
      v.found === null
        ? `${ru(v.target)} не является id ни одной записи типа ${kindsIn(v.expected, "ru")} ни в наборе данных, ни в ` +
          "черновике"
        : `${ru(v.target)} — запись типа ${ru(kindInSentence(v.found, "ru"))}, а не ${kindsIn(v.expected, "ru")}`,
  },
  "draft-id-taken": {
    en: (v) =>
      `${en(v.id)} is already the id of a different ${kindInSentence(v.holder, "en")}; give the draft's ` +
      `${kindInSentence(v.kind, "en")} another id`,
    vi: (v) =>
      `${vi(v.id)} đã là id của một ${kindInSentence(v.holder, "vi")} khác; hãy đặt id khác cho ` +
      `${kindInSentence(v.kind, "vi")} trong bản nháp`,
    ru: (v) =>
      `${ru(v.id)} уже занят другой записью типа ${ru(kindInSentence(v.holder, "ru"))}; дайте записи типа ` +
      `${ru(kindInSentence(v.kind, "ru"))} в черновике другой id`,
  },
  "draft-source-recorded": {
    en: (v) => `this article is already recorded as source ${en(v.recorded)}; give the draft that id to add to it`,
    vi: (v) =>
      `bài báo này đã được ghi là nguồn ${vi(v.recorded)}; hãy dùng id đó cho bản nháp để bổ sung vào nguồn này`,
    ru: (v) => `эта статья уже записана как источник ${ru(v.recorded)}; чтобы дополнить его, дайте черновику этот id`,
  },
  "draft-text-file": {
    en: (v) => `${en(v.file)} is not a plain file name for the article's text (as ${en(v.suggested)})`,
    vi: (v) => `${vi(v.file)} không phải tên tệp đơn giản cho văn bản bài báo (như ${vi(v.suggested)})`,
    ru: (v) => `${ru(v.file)} — не простое имя файла для текста статьи (например, ${ru(v.suggested)})`,
  },
};
