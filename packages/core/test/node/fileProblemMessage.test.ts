import { describe, expect, test } from "vitest";
import { languages } from "../../src/labels/Language.js";
import { fileProblemMessage, readProblem, type FileProblem } from "../../src/node/FileProblem.js";

const problems: FileProblem[] = [
  { key: "missing", path: "/data/x.json" },
  { key: "is-folder", path: "/data" },
  { key: "denied", path: "/root/x.json" },
  { key: "unreadable", path: "/data/x.json", reason: "EIO: i/o error" },
  { key: "not-json", path: "/data/x.json", reason: "Unexpected token n in JSON at position 2" },
  { key: "no-dataset-files", path: "/data", example: "meta.json" },
  { key: "meta-not-object", path: "/data/meta.json" },
  { key: "not-a-journal", path: "/data/.parley-write.journal" },
  { key: "write-under-way", path: "/data", journal: "/data/.parley-write.journal" },
  { key: "cannot-recover", path: "/data", reason: { key: "not-a-journal", path: "/data/.parley-write.journal" } },
  { key: "cannot-recover", path: "/data", reason: "EROFS: read-only file system" },
];

describe("file problems in three languages", () => {
  test.each(problems.map((p) => [p.key, p] as const))("%s names the path in each language's words", (_, problem) => {
    const said = languages.map((language) => fileProblemMessage(problem, language));
    expect(new Set(said).size).toBe(3);
    for (const text of said) expect(text).toContain(problem.path);
    expect(said[2]).toMatch(/[а-яё]/iu);
    if ("reason" in problem && typeof problem.reason === "string")
      for (const text of said) expect(text).toContain(problem.reason);
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
    expect(readProblem("a", failed("EIO"))).toEqual({ key: "unreadable", path: "a", reason: "EIO: failed" });
  });
});
