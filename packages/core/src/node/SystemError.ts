import type { Language } from "../labels/Language.js";

/**
 * An error of the system on a read or a write, language-neutral: its code (`ENOSPC`) where it has one, and the
 * system's own words. `systemErrorMessage` says the common codes in English, Vietnamese or Russian.
 */
export type SystemError = { readonly code: string | null; readonly words: string };

/** The system error behind what a read or write threw: its code, and its first line without the code in front. */
export function systemErrorOf(error: unknown): SystemError {
  const raw = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const line = raw.split("\n")[0]!;
  return typeof code === "string"
    ? { code, words: line.startsWith(`${code}: `) ? line.slice(code.length + 2) : line }
    : { code: null, words: line };
}

const byCode: Readonly<Record<string, Record<Language, string>>> = {
  ENOENT: { en: "no such file or folder", vi: "không có tệp hoặc thư mục này", ru: "нет такого файла или папки" },
  EACCES: { en: "permission denied", vi: "không có quyền truy cập", ru: "доступ запрещён" },
  EPERM: { en: "operation not permitted", vi: "thao tác không được phép", ru: "операция не разрешена" },
  EISDIR: { en: "it is a folder", vi: "đây là một thư mục", ru: "это папка" },
  ENOTDIR: {
    en: "a part of the path is not a folder",
    vi: "một phần của đường dẫn không phải thư mục",
    ru: "часть пути — не папка",
  },
  ENOSPC: { en: "no space left on the disk", vi: "ổ đĩa đã hết chỗ trống", ru: "на диске не осталось места" },
  EDQUOT: { en: "disk quota exceeded", vi: "đã vượt hạn mức ổ đĩa", ru: "превышена дисковая квота" },
  EROFS: { en: "read-only file system", vi: "hệ thống tệp chỉ cho phép đọc", ru: "файловая система только для чтения" },
  EEXIST: { en: "it exists already", vi: "đã tồn tại", ru: "уже существует" },
  EBUSY: { en: "the file is busy", vi: "tệp đang bận", ru: "файл занят" },
  EMFILE: { en: "too many open files", vi: "quá nhiều tệp đang mở", ru: "слишком много открытых файлов" },
  ENFILE: { en: "too many open files", vi: "quá nhiều tệp đang mở", ru: "слишком много открытых файлов" },
  ENAMETOOLONG: { en: "the name is too long", vi: "tên quá dài", ru: "слишком длинное имя" },
  EFBIG: { en: "the file is too large", vi: "tệp quá lớn", ru: "файл слишком большой" },
  EIO: { en: "input/output error", vi: "lỗi vào/ra", ru: "ошибка ввода-вывода" },
  EXDEV: {
    en: "cannot move a file across file systems",
    vi: "không chuyển được tệp sang hệ thống tệp khác",
    ru: "нельзя перенести файл в другую файловую систему",
  },
};

/**
 * A system error in a language: the common codes in the reader's words (with the code, for searching), anything
 * else in the system's own words.
 */
export function systemErrorMessage(error: SystemError, language: Language): string {
  const known = error.code === null ? undefined : byCode[error.code];
  return known ? `${known[language]} (${error.code})` : error.words;
}
