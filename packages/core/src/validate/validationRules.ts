import type { Label } from "../labels/Label.js";
import type { ValidationLayer } from "./ValidationIssue.js";

/** A rule the validator enforces, described for curators and the methodology page. */
export interface ValidationRule {
  /** The issue code the rule reports. */
  code: string;
  /** The layer it belongs to. */
  layer: ValidationLayer;
  /** What the rule requires, in one sentence, in each language. */
  description: Label;
}

/** Every rule `validateDataset` enforces, in the order it runs them. */
export const validationRules: readonly ValidationRule[] = Object.freeze([
  {
    code: "shape.not-object",
    layer: "shape",
    description: {
      en: "The dataset is one JSON object with a version, a citation, a licence and one array per kind.",
      vi: "Bộ dữ liệu là một đối tượng JSON có phiên bản, trích dẫn, giấy phép và một mảng cho mỗi loại bản ghi.",
      ru:
        "Набор данных — один объект JSON с версией, библиографической ссылкой, лицензией и массивом для " +
        "каждого типа записей.",
    },
  },
  {
    code: "shape.type",
    layer: "shape",
    description: {
      en: "Every field has the type the schema gives it (text, number, list, object).",
      vi: "Mỗi trường có đúng kiểu mà lược đồ quy định (văn bản, số, danh sách, đối tượng).",
      ru: "Каждое поле имеет тип, заданный схемой (текст, число, список, объект).",
    },
  },
  {
    code: "shape.missing",
    layer: "shape",
    description: {
      en: "Every required field is present.",
      vi: "Mọi trường bắt buộc đều có mặt.",
      ru: "Все обязательные поля присутствуют.",
    },
  },
  {
    code: "shape.unknown-key",
    layer: "shape",
    description: {
      en: "Records carry no fields the schema does not define, so typos are caught.",
      vi: "Bản ghi không chứa trường nào mà lược đồ không định nghĩa, nhờ đó bắt được lỗi gõ.",
      ru: "В записях нет полей, которых не определяет схема, — так ловятся опечатки.",
    },
  },
  {
    code: "shape.enum",
    layer: "shape",
    description: {
      en: "Kinds, statuses, roles and ranks come from the controlled lists.",
      vi: "Loại, trạng thái, vai trò và hạng đều lấy từ các danh sách có kiểm soát.",
      ru: "Типы, статусы, роли и ранги берутся из контролируемых списков.",
    },
  },
  {
    code: "shape.format",
    layer: "shape",
    description: {
      en: "Ids are readable slugs, dates are EDTF level 0/1, URLs are http(s), fragments have at most 12 words.",
      vi: "Mã là slug dễ đọc, ngày theo EDTF cấp 0/1, URL dùng http(s), đoạn trích có tối đa 12 từ.",
      ru: "Идентификаторы — читаемые слаги, даты — EDTF уровня 0/1, URL — http(s), фрагменты — не длиннее 12 слов.",
    },
  },
  {
    code: "shape.size",
    layer: "shape",
    description: {
      en:
        "Lists and texts respect their minimum and maximum sizes (e.g. a disagreement keeps at least two " +
        "versions).",
      vi:
        "Danh sách và văn bản tuân thủ kích thước tối thiểu và tối đa (ví dụ: một bất đồng giữ ít nhất hai " +
        "phiên bản).",
      ru:
        "Списки и тексты укладываются в минимальный и максимальный размеры (например, у расхождения не " +
        "меньше двух версий).",
    },
  },
  {
    code: "shape.unreadable",
    layer: "shape",
    description: {
      en: "The input can be read at all (a safety net: any unexpected failure is reported, never thrown).",
      vi:
        "Dữ liệu đầu vào đọc được (một lưới an toàn: mọi lỗi bất ngờ đều được báo cáo, không bao giờ làm " +
        "dừng chương trình).",
      ru:
        "Входные данные вообще удаётся прочитать (страховка: любой непредвиденный сбой сообщается, а не " +
        "обрывает проверку).",
    },
  },
  {
    code: "ref.duplicate-id",
    layer: "references",
    description: {
      en: "No two records share an id, across all kinds.",
      vi: "Không có hai bản ghi nào trùng mã, xét trên mọi loại.",
      ru: "Никакие две записи не имеют общего идентификатора, во всех типах.",
    },
  },
  {
    code: "ref.unknown",
    layer: "references",
    description: {
      en: "Every id a record or a redirect points to exists.",
      vi: "Mọi mã mà một bản ghi hoặc một chuyển hướng trỏ tới đều tồn tại.",
      ru: "Каждый идентификатор, на который указывает запись или перенаправление, существует.",
    },
  },
  {
    code: "ref.wrong-kind",
    layer: "references",
    description: {
      en:
        "Every id a record points to names a record of the right kind (a participant is a person, a place is " +
        "a place).",
      vi:
        "Mọi mã mà một bản ghi trỏ tới đều là bản ghi đúng loại (người tham gia là một nhân vật, địa điểm là " +
        "một địa điểm).",
      ru:
        "Каждый идентификатор, на который указывает запись, принадлежит записи нужного типа (участник — " +
        "человек, место — место).",
    },
  },
  {
    code: "ref.redirect-duplicate",
    layer: "references",
    description: {
      en: "An old id redirects to one record only: no two redirects share a `from`.",
      vi: "Một mã cũ chỉ chuyển hướng tới một bản ghi: không có hai chuyển hướng nào chung `from`.",
      ru:
        "Старый идентификатор перенаправляет только на одну запись: никакие два перенаправления не имеют " +
        "общего `from`.",
    },
  },
  {
    code: "ref.redirect-live",
    layer: "references",
    description: {
      en: "A redirect's old id is not the id of a live record (a live id is never shadowed).",
      vi:
        "Mã cũ của một chuyển hướng không phải là mã của một bản ghi đang tồn tại (mã đang dùng không bao " +
        "giờ bị che).",
      ru:
        "Старый идентификатор перенаправления не совпадает с идентификатором действующей записи (действующий " +
        "идентификатор никогда не перекрывается).",
    },
  },
  {
    code: "ref.unknown-link",
    layer: "references",
    description: {
      en:
        "A link written in a free text (summary, note, reason…) as [visible text](record-id) names a record " +
        "that exists.",
      vi:
        "Liên kết viết trong văn bản tự do (tóm tắt, ghi chú, lý do…) dạng [chữ hiển thị](mã-bản-ghi) trỏ " +
        "tới một bản ghi có thật.",
      ru:
        "Ссылка в свободном тексте (аннотации, примечании, обосновании…) вида [видимый " +
        "текст](идентификатор-записи) указывает на существующую запись.",
    },
  },
  {
    code: "ref.translation-unmatched",
    layer: "references",
    description: {
      en: "A translation holds only texts the English record has, and one value for each version of a disagreement.",
      vi:
        "Bản dịch chỉ chứa những văn bản mà bản ghi tiếng Anh có, và đúng một giá trị cho mỗi phiên bản của " +
        "một bất đồng.",
      ru:
        "Перевод содержит только тексты, которые есть в английской записи, и по одному значению на каждую " +
        "версию расхождения.",
    },
  },
  {
    code: "ref.unknown-field",
    layer: "references",
    description: {
      en: "A disagreement's target path names a field of its record's kind (e.g. an event's date or kind).",
      vi:
        "Đường dẫn đích của một bất đồng chỉ tới một trường của loại bản ghi đó (ví dụ ngày hoặc loại của " +
        "một sự kiện).",
      ru: "Целевой путь расхождения называет поле записи этого типа (например, дату или тип события).",
    },
  },
  {
    code: "ref.cycle",
    layer: "references",
    description: {
      en: "Parent links (events, organizations, topics, places) never loop back.",
      vi: "Liên kết tới bản ghi cha (sự kiện, tổ chức, chủ đề, địa điểm) không bao giờ vòng trở lại.",
      ru: "Ссылки на родителя (у событий, организаций, тем, мест) никогда не замыкаются в цикл.",
    },
  },
  {
    code: "ref.orphan",
    layer: "references",
    description: {
      en: "Every person, organization, post, place, topic, country and source is used by at least one other record.",
      vi:
        "Mọi nhân vật, tổ chức, chức vụ, địa điểm, chủ đề, quốc gia và nguồn đều được ít nhất một bản ghi " +
        "khác sử dụng.",
      ru:
        "Каждый человек, организация, должность, место, тема, страна и источник используются хотя бы одной " +
        "другой записью.",
    },
  },
  {
    code: "ref.name-clash",
    layer: "references",
    description: {
      en:
        "No two people, or two organizations, share a name or alias (accents and case ignored) unless each " +
        "has a note that tells them apart.",
      vi:
        "Không có hai nhân vật, hay hai tổ chức, trùng tên hoặc tên gọi khác (bỏ qua dấu và chữ hoa), trừ " +
        "khi mỗi bên có ghi chú để phân biệt.",
      ru:
        "Никакие два человека или две организации не носят одинаковое имя или псевдоним (без учёта " +
        "диакритики и регистра), если у каждого нет примечания, которое их различает.",
    },
  },
  {
    code: "time.range",
    layer: "time",
    description: {
      en: "Ends are not before starts (terms of office, first and last seen, birth and death).",
      vi:
        "Thời điểm kết thúc không sớm hơn thời điểm bắt đầu (nhiệm kỳ, lần đầu và lần cuối được ghi nhận, " +
        "sinh và mất).",
      ru: "Концы не раньше начал (сроки полномочий, первое и последнее упоминание, рождение и смерть).",
    },
  },
  {
    code: "time.overlap",
    layer: "time",
    description: {
      en:
        "Terms in a single-holder post do not overlap, except an acting holder's or one who took charge of " +
        "the work; a handover on the same day is allowed.",
      vi:
        "Các nhiệm kỳ ở một chức vụ chỉ có một người giữ không chồng lên nhau, trừ người giữ quyền hoặc " +
        "người được giao điều hành công việc; bàn giao trong cùng một ngày là hợp lệ.",
      ru:
        "Сроки в должности с единственным обладателем не пересекаются, кроме исполняющего обязанности или " +
        "того, кому поручено руководство работой; передача дел в тот же день допускается.",
    },
  },
  {
    code: "time.post-not-held",
    layer: "time",
    description: {
      en:
        "Each post stated for a participant is one they held on the event's date; a coarse date that " +
        "straddles a change is ambiguous, not wrong.",
      vi:
        "Mỗi chức vụ ghi cho một người tham gia là chức vụ họ nắm giữ vào ngày diễn ra sự kiện; một ngày thô " +
        "trùm qua lần thay đổi chức vụ là không rõ ràng, không phải sai.",
      ru:
        "Каждая должность, указанная для участника, — та, которую он занимал в день события; неточная дата, " +
        "захватывающая смену должности, считается неоднозначной, а не ошибочной.",
    },
  },
  {
    code: "time.child-outside-parent",
    layer: "time",
    description: {
      en: "A child event (a meeting within a visit) falls inside its parent's dates.",
      vi: "Một sự kiện con (cuộc gặp trong một chuyến thăm) nằm trong khoảng ngày của sự kiện cha.",
      ru: "Дочернее событие (встреча в рамках визита) укладывается в даты родительского.",
    },
  },
  {
    code: "time.document-outside-event",
    layer: "time",
    description: {
      en: "A document's date falls within the dates of the event where it was signed.",
      vi: "Ngày của một văn kiện nằm trong khoảng ngày của sự kiện nơi văn kiện được ký.",
      ru: "Дата документа попадает в даты события, на котором он был подписан.",
    },
  },
  {
    code: "time.sequence-order",
    layer: "time",
    description: {
      en: "Numbered sessions of one mechanism are in date order and no number is used twice.",
      vi: "Các phiên họp đánh số của một cơ chế theo đúng thứ tự thời gian và không số nào được dùng hai lần.",
      ru:
        "Пронумерованные заседания одного механизма идут в хронологическом порядке, и ни один номер не " +
        "используется дважды.",
    },
  },
  {
    code: "time.unsupported-status",
    layer: "time",
    description: {
      en:
        "An event marked as having taken place cites a source published on or after its start; a preview " +
        "supports only 'announced'.",
      vi:
        "Một sự kiện được đánh dấu là đã diễn ra phải dẫn một nguồn đăng vào hoặc sau ngày bắt đầu của nó; " +
        "một tin báo trước chỉ đủ căn cứ cho trạng thái “đã công bố”.",
      ru:
        "Событие, отмеченное как состоявшееся, ссылается на источник, опубликованный в день его начала или " +
        "позже; анонс подтверждает только статус «объявлено».",
    },
  },
  {
    code: "provenance.uncited",
    layer: "provenance",
    description: {
      en:
        "Every event, membership, participation, document, statement, alternative name, earlier plan, birth " +
        "or death, and disagreement version cites at least one source.",
      vi:
        "Mọi sự kiện, nhiệm kỳ, sự tham gia, văn kiện, phát biểu, tên gọi khác, kế hoạch trước đó, ngày sinh " +
        "hay mất, và phiên bản của bất đồng đều dẫn ít nhất một nguồn.",
      ru:
        "Каждое событие, срок полномочий, участие, документ, заявление, иное имя, прежний план, рождение или " +
        "смерть и версия расхождения ссылаются хотя бы на один источник.",
    },
  },
  {
    code: "provenance.fragment-not-found",
    layer: "provenance",
    description: {
      en:
        "A verbatim fragment occurs in its source's text wherever that text is available (in the cited " +
        "paragraph, when one is given).",
      vi:
        "Đoạn trích nguyên văn có trong văn bản của nguồn ở bất cứ đâu có văn bản đó (trong đoạn được dẫn, " +
        "nếu có nêu).",
      ru:
        "Дословный фрагмент встречается в тексте источника везде, где этот текст доступен (в указанном " +
        "абзаце, если он указан).",
    },
  },
  {
    code: "provenance.paragraph-out-of-range",
    layer: "provenance",
    description: {
      en: "A cited paragraph number exists in the source's text wherever that text is available.",
      vi: "Số đoạn được dẫn có tồn tại trong văn bản của nguồn ở bất cứ đâu có văn bản đó.",
      ru: "Указанный номер абзаца существует в тексте источника везде, где этот текст доступен.",
    },
  },
]);
