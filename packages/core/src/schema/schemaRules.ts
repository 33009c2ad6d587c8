import type { Label } from "../labels/Label.js";

/** The most words a verbatim fragment in a citation may have. */
export const MAX_FRAGMENT_WORDS = 12;

/**
 * The schema's own rules beyond types and lists, each worded in every language. The schema hands zod the English,
 * and the validator finds the rule again by it to say it in another language (`issueMessage`).
 */
export const schemaRules = {
  url: {
    en: "a URL is stored percent-encoded, e.g. as new URL(url).href writes it",
    vi: "URL được lưu ở dạng mã hóa phần trăm, như new URL(url).href viết ra",
    ru: "URL хранится в процентной кодировке, как его записывает new URL(url).href",
  },
  edtf: {
    en: "not an EDTF level 0/1 date (use 2023, 2023-10, 2023-10-16 or an interval like 2023-10-15/2023-10-16)",
    vi: "không phải ngày EDTF cấp 0/1 (dùng 2023, 2023-10, 2023-10-16 hoặc khoảng như 2023-10-15/2023-10-16)",
    ru: "не дата EDTF уровня 0/1 (пишите 2023, 2023-10, 2023-10-16 или интервал вида 2023-10-15/2023-10-16)",
  },
  fragment: {
    en: `a fragment has at most ${MAX_FRAGMENT_WORDS} words`,
    vi: `một đoạn trích có tối đa ${MAX_FRAGMENT_WORDS} từ`,
    ru: `во фрагменте не больше ${MAX_FRAGMENT_WORDS} слов`,
  },
  version: {
    en: "a version is semver, e.g. 1.0.0",
    vi: "phiên bản theo semver, ví dụ 1.0.0",
    ru: "версия записывается по semver, например 1.0.0",
  },
  id: {
    en: "an id is lower-case letters and digits joined by single hyphens",
    vi: "id gồm chữ thường và chữ số, nối bằng một dấu gạch ngang",
    ru: "id — строчные латинские буквы и цифры, соединённые одиночными дефисами",
  },
  country: {
    en: "a country id is its ISO 3166-1 alpha-2 code in lower case",
    vi: "id quốc gia là mã ISO 3166-1 alpha-2 viết thường",
    ru: "id страны — её код ISO 3166-1 alpha-2 строчными буквами",
  },
  language: {
    en: "a language is a BCP 47 tag such as en, vi or ru",
    vi: "ngôn ngữ là một thẻ BCP 47 như en, vi hoặc ru",
    ru: "язык — тег BCP 47, например en, vi или ru",
  },
  fieldPath: {
    en: "a path is field names joined by dots, e.g. date or participants.posts",
    vi: "đường dẫn là các tên trường nối bằng dấu chấm, ví dụ date hoặc participants.posts",
    ru: "путь — имена полей через точку, например date или participants.posts",
  },
} as const satisfies Record<string, Label>;

/** One of the schema's own rules. */
export type SchemaRule = keyof typeof schemaRules;
