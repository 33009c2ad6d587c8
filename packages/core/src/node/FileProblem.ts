import type { Language } from "../labels/Language.js";
import { jsonSyntaxMessage, type JsonSyntaxError } from "./JsonSyntaxError.js";
import { systemErrorMessage, systemErrorOf, type SystemError } from "./SystemError.js";

/**
 * Why a file or folder could not be read as JSON or as a dataset, or written, language-neutral: `fileProblemMessage`
 * says it in English, Vietnamese or Russian.
 */
export type FileProblem =
  | { readonly key: "missing"; readonly path: string }
  | { readonly key: "is-folder"; readonly path: string }
  | { readonly key: "denied"; readonly path: string }
  | { readonly key: "unreadable"; readonly path: string; readonly reason: SystemError }
  /** `at`: where the text goes wrong, when it can be told; `reason`: the JSON engine's own words. */
  | { readonly key: "not-json"; readonly path: string; readonly at: JsonSyntaxError | null; readonly reason: string }
  | { readonly key: "no-dataset-files"; readonly path: string; readonly example: string }
  | { readonly key: "meta-not-object"; readonly path: string }
  | { readonly key: "not-a-journal"; readonly path: string }
  /** `journal`: the journal found, where known. */
  | { readonly key: "write-under-way"; readonly path: string; readonly journal: string | null }
  /** `reason`: the system's error, or a problem of its own. */
  | { readonly key: "cannot-recover"; readonly path: string; readonly reason: SystemError | FileProblem }
  | { readonly key: "cannot-write"; readonly path: string; readonly reason: SystemError | FileProblem };

/** An error carrying a `FileProblem`, its message the problem in English. */
export class FileProblemError extends Error {
  constructor(
    readonly problem: FileProblem,
    options?: ErrorOptions,
  ) {
    super(fileProblemMessage(problem, "en"), options);
    this.name = "FileProblemError";
  }
}

/** A failed read as the readers return it: one line in English, and the problem. */
export function readFailure(problem: FileProblem): { ok: false; error: string; problem: FileProblem } {
  return { ok: false, error: fileProblemMessage(problem, "en"), problem };
}

/** The problem of a failed read, from the error it threw. */
export function readProblem(path: string, error: unknown): FileProblem {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return { key: "missing", path };
  if (code === "EISDIR") return { key: "is-folder", path };
  if (code === "EACCES") return { key: "denied", path };
  return { key: "unreadable", path, reason: systemErrorOf(error) };
}

/** Why something thrown while writing `path` stopped the write: a problem of its own, or the system's error. */
export function writeProblem(path: string, error: unknown): FileProblem {
  return { key: "cannot-write", path, reason: reasonOf(error) };
}

/** The reason inside a problem: what a `FileProblemError` carries, or the system's error. */
export function reasonOf(error: unknown): SystemError | FileProblem {
  return error instanceof FileProblemError ? error.problem : systemErrorOf(error);
}

type Wording = {
  readonly [K in FileProblem["key"]]: Record<Language, (p: Extract<FileProblem, { key: K }>) => string>;
};

const wording: Wording = {
  missing: {
    en: (p) => `cannot read ${p.path}: no such file`,
    vi: (p) => `không đọc được ${p.path}: không có tệp này`,
    ru: (p) => `не удаётся прочитать ${p.path}: такого файла нет`,
  },
  "is-folder": {
    en: (p) => `cannot read ${p.path}: it is a folder`,
    vi: (p) => `không đọc được ${p.path}: đây là một thư mục`,
    ru: (p) => `не удаётся прочитать ${p.path}: это папка`,
  },
  denied: {
    en: (p) => `cannot read ${p.path}: permission denied`,
    vi: (p) => `không đọc được ${p.path}: không có quyền truy cập`,
    ru: (p) => `не удаётся прочитать ${p.path}: доступ запрещён`,
  },
  unreadable: {
    en: (p) => `cannot read ${p.path}: ${reasonIn(p.reason, "en")}`,
    vi: (p) => `không đọc được ${p.path}: ${reasonIn(p.reason, "vi")}`,
    ru: (p) => `не удаётся прочитать ${p.path}: ${reasonIn(p.reason, "ru")}`,
  },
  "not-json": {
    en: (p) => `${p.path} is not valid JSON: ${p.at ? jsonSyntaxMessage(p.at, "en") : p.reason}`,
    vi: (p) => `${p.path} không phải JSON hợp lệ: ${p.at ? jsonSyntaxMessage(p.at, "vi") : p.reason}`,
    ru: (p) => `${p.path} — некорректный JSON: ${p.at ? jsonSyntaxMessage(p.at, "ru") : p.reason}`,
  },
  "no-dataset-files": {
    en: (p) => `cannot read ${p.path}: a folder without dataset files (${p.example}, people.json, events.json, …)`,
    vi: (p) => `không đọc được ${p.path}: thư mục không có tệp dữ liệu nào (${p.example}, people.json, events.json, …)`,
    ru: (p) =>
      `не удаётся прочитать ${p.path}: в папке нет файлов набора данных (${p.example}, people.json, events.json, …)`,
  },
  "meta-not-object": {
    en: (p) => `${p.path} is not an object of dataset fields (version, citation, license)`,
    vi: (p) => `${p.path} không phải một đối tượng chứa các trường của bộ dữ liệu (version, citation, license)`,
    ru: (p) => `${p.path} — не объект с полями набора данных (version, citation, license)`,
  },
  "not-a-journal": {
    en: (p) => `${p.path} is not a journal of a Parley write; move it away to open the files`,
    vi: (p) => `${p.path} không phải nhật ký ghi của Parley; hãy chuyển nó đi nơi khác để mở các tệp`,
    ru: (p) => `${p.path} — не журнал записи Parley; уберите его, чтобы открыть файлы`,
  },
  "write-under-way": {
    en: (p) => `another write to ${p.path} is under way${p.journal ? ` (its journal ${p.journal} is there)` : ""}`,
    vi: (p) => `đang có một lần ghi khác vào ${p.path}${p.journal ? ` (nhật ký ${p.journal} của nó đang ở đó)` : ""}`,
    ru: (p) => `в ${p.path} уже идёт другая запись${p.journal ? ` (её журнал ${p.journal} на месте)` : ""}`,
  },
  "cannot-recover": {
    en: (p) => `cannot finish an interrupted write to ${p.path}: ${reasonIn(p.reason, "en")}`,
    vi: (p) => `không hoàn tất được lần ghi bị gián đoạn vào ${p.path}: ${reasonIn(p.reason, "vi")}`,
    ru: (p) => `не удаётся завершить прерванную запись в ${p.path}: ${reasonIn(p.reason, "ru")}`,
  },
  "cannot-write": {
    en: (p) => `cannot write ${p.path}: ${reasonIn(p.reason, "en")}`,
    vi: (p) => `không ghi được ${p.path}: ${reasonIn(p.reason, "vi")}`,
    ru: (p) => `не удаётся записать ${p.path}: ${reasonIn(p.reason, "ru")}`,
  },
};

/** The reason of a problem in a language: the system's error, or a problem of its own. */
function reasonIn(reason: SystemError | FileProblem, language: Language): string {
  return "key" in reason ? fileProblemMessage(reason, language) : systemErrorMessage(reason, language);
}

/** A file problem as one line in a language. */
export function fileProblemMessage(problem: FileProblem, language: Language): string {
  const say = wording[problem.key][language] as (p: FileProblem) => string;
  return say(problem);
}
