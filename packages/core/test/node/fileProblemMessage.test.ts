import { describe, expect, test } from "vitest";
import { languages } from "../../src/labels/Language.js";
import {
  FileProblemError,
  fileProblemMessage,
  readProblem,
  writeProblem,
  type FileProblem,
} from "../../src/node/FileProblem.js";

const problems: FileProblem[] = [
  { key: "missing", path: "/data/x.json" },
  { key: "is-folder", path: "/data" },
  { key: "denied", path: "/root/x.json" },
  { key: "unreadable", path: "/data/x.json", reason: { code: "EIO", words: "i/o error, read" } },
  { key: "unreadable", path: "/data/x.json", reason: { code: "EWHAT", words: "an error no table knows" } },
  {
    key: "not-json",
    path: "/data/x.json",
    at: { syntax: "comma-expected", line: 3, column: 7, found: "}" },
    reason: "Expected ',' or '}' after property value in JSON at position 40",
  },
  { key: "not-json", path: "/data/x.json", at: null, reason: "Unexpected token n in JSON at position 2" },
  { key: "no-dataset-files", path: "/data", example: "meta.json" },
  { key: "meta-not-object", path: "/data/meta.json" },
  { key: "not-a-journal", path: "/data/.parley-write.journal" },
  { key: "write-under-way", path: "/data", journal: "/data/.parley-write.journal" },
  { key: "cannot-recover", path: "/data", reason: { key: "not-a-journal", path: "/data/.parley-write.journal" } },
  { key: "cannot-recover", path: "/data", reason: { code: "EROFS", words: "read-only file system, unlink" } },
  { key: "cannot-write", path: "/data/x.json", reason: { code: "ENOSPC", words: "no space left on device, write" } },
  { key: "cannot-write", path: "/data", reason: { key: "write-under-way", path: "/data", journal: null } },
];

describe("file problems in three languages", () => {
  test.each(problems.map((p) => [p.key, p] as const))("%s names the path in each language's words", (_, problem) => {
    const said = languages.map((language) => fileProblemMessage(problem, language));
    expect(new Set(said).size).toBe(3);
    for (const text of said) expect(text).toContain(problem.path);
    expect(said[2]).toMatch(/[а-яё]/iu);
  });

  test("the system's own words stand only where no table knows the error", () => {
    const known = problems.find((p) => p.key === "unreadable" && "code" in p.reason && p.reason.code === "EIO")!;
    const unknown = problems.find((p) => p.key === "unreadable" && "code" in p.reason && p.reason.code === "EWHAT")!;
    expect(fileProblemMessage(known, "ru")).toBe("не удаётся прочитать /data/x.json: ошибка ввода-вывода (EIO)");
    expect(fileProblemMessage(known, "vi")).not.toContain("i/o error");
    for (const language of languages)
      expect(fileProblemMessage(unknown, language)).toContain("an error no table knows");
  });

  test("a JSON syntax error is placed by line and column, and the engine's words serve only when it cannot be", () => {
    const placed = problems.find((p) => p.key === "not-json" && p.at !== null)!;
    expect(fileProblemMessage(placed, "en")).toBe(
      "/data/x.json is not valid JSON: line 3, column 7: a comma was expected",
    );
    expect(fileProblemMessage(placed, "vi")).toBe("/data/x.json không phải JSON hợp lệ: dòng 3, cột 7: thiếu dấu phẩy");
    expect(fileProblemMessage(placed, "ru")).toBe(
      "/data/x.json — некорректный JSON: строка 3, столбец 7: ожидалась запятая",
    );
    const unplaced = problems.find((p) => p.key === "not-json" && p.at === null)!;
    expect(fileProblemMessage(unplaced, "ru")).toContain("Unexpected token n in JSON at position 2");
  });

  test("a nested problem is said in the same language as the one around it", () => {
    const nested = problems.find((p) => p.key === "cannot-recover" && typeof p.reason !== "string")!;
    expect(fileProblemMessage(nested, "ru")).toContain("не журнал записи Parley");
    expect(fileProblemMessage(nested, "vi")).toContain("không phải nhật ký ghi của Parley");
  });

  test("a failed read's error code becomes its problem", () => {
    const failed = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
    expect(readProblem("a", failed("ENOENT"))).toEqual({ key: "missing", path: "a" });
    expect(readProblem("a", failed("EISDIR"))).toEqual({ key: "is-folder", path: "a" });
    expect(readProblem("a", failed("EACCES"))).toEqual({ key: "denied", path: "a" });
    expect(readProblem("a", failed("EIO"))).toEqual({
      key: "unreadable",
      path: "a",
      reason: { code: "EIO", words: "failed" },
    });
  });

  test("a failed write keeps a problem of its own, or the system's error", () => {
    const underWay = new FileProblemError({ key: "write-under-way", path: "d", journal: null });
    expect(writeProblem("d", underWay)).toEqual({ key: "cannot-write", path: "d", reason: underWay.problem });
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    expect(writeProblem("f", full)).toEqual({
      key: "cannot-write",
      path: "f",
      reason: { code: "ENOSPC", words: "no space left on device, write" },
    });
    expect(fileProblemMessage(writeProblem("f", full), "vi")).toBe("không ghi được f: ổ đĩa đã hết chỗ trống (ENOSPC)");
    expect(fileProblemMessage(writeProblem("f", new Error("could not restore f")), "ru")).toBe(
      "не удаётся записать f: could not restore f",
    );
  });
});
