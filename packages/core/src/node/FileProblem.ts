import type { Language } from "../labels/Language.js";

/**
 * Why a file or folder could not be read as JSON or as a dataset, language-neutral: `fileProblemMessage` says it in
 * English, Vietnamese or Russian. `reason` is the engine's or the system's own words (a JSON syntax error, an I/O
 * error), which stay as they are.
 */
export type FileProblem =
  | { readonly key: "missing"; readonly path: string }
  | { readonly key: "is-folder"; readonly path: string }
  | { readonly key: "denied"; readonly path: string }
  | { readonly key: "unreadable"; readonly path: string; readonly reason: string }
  | { readonly key: "not-json"; readonly path: string; readonly reason: string }
  | { readonly key: "no-dataset-files"; readonly path: string; readonly example: string }
  | { readonly key: "meta-not-object"; readonly path: string }
  | { readonly key: "not-a-journal"; readonly path: string }
  /** `journal`: the journal found, where known. */
  | { readonly key: "write-under-way"; readonly path: string; readonly journal: string | null }
  /** `reason`: the system's words, or a problem of its own. */
  | { readonly key: "cannot-recover"; readonly path: string; readonly reason: string | FileProblem };

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
  return { key: "unreadable", path, reason: error instanceof Error ? error.message : String(error) };
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
    en: (p) => `cannot read ${p.path}: ${p.reason}`,
    vi: (p) => `không đọc được ${p.path}: ${p.reason}`,
    ru: (p) => `не удаётся прочитать ${p.path}: ${p.reason}`,
  },
  "not-json": {
    en: (p) => `${p.path} is not valid JSON: ${p.reason}`,
    vi: (p) => `${p.path} không phải JSON hợp lệ: ${p.reason}`,
    ru: (p) => `${p.path} — не корректный JSON: ${p.reason}`,
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
};

/** The reason of a problem: the system's words as they are, or a problem of its own in the language. */
function reasonIn(reason: string | FileProblem, language: Language): string {
  return typeof reason === "string" ? reason : fileProblemMessage(reason, language);
}

/** A file problem as one line in a language. */
export function fileProblemMessage(problem: FileProblem, language: Language): string {
  const say = wording[problem.key][language] as (p: FileProblem) => string;
  return say(problem);
}
