import { describe, expect, test } from "vitest";
import { languages, type Language } from "../../src/labels/Language.js";
import { citedPartIn, type CitedPart } from "../../src/model/CitedPart.js";
import type { IssueDetail, IssueMessageKey, IssueValues } from "../../src/validate/IssueDetail.js";
import { issueMessage } from "../../src/validate/issueMessage.js";
import { validateDataset } from "../../src/validate/validateDataset.js";
import { breakCopy, copyDataset, pick } from "./helpers.js";

/** One detail for every message key: the typecheck fails when a key is added without one. */
const samples: { [K in IssueMessageKey]: IssueValues[K] } = {
  "dataset-not-object": {},
  "dataset-unreadable": { reason: "Unexpected token } in JSON" },
  "field-missing": { field: "summary" },
  "fields-unknown": { fields: ["titel", "sumary"], topLevel: false },
  "list-missing": { kind: "events" },
  "list-not-array": { kind: "people" },
  "schema-rule": { rule: "edtf" },
  schema: {
    problem: { code: "invalid_type", expected: "string", received: "number", message: "Invalid input" },
  },
  "id-duplicate": { id: "vyacheslav-volodin", kind: "people" },
  "id-unknown": { target: "atlantis", expected: ["places", "countries"] },
  "id-wrong-kind": { target: "hanoi", actual: "places", expected: ["people"] },
  "redirect-duplicate": { from: "old-id", earlier: 3 },
  "redirect-live": { from: "old-id", kind: "events" },
  "link-unknown": { text: "Volodin", target: "nobody-at-all" },
  "field-path-unknown": { path: "participants.seat", kind: "events", record: "2023-visit" },
  cycle: { field: "parent", id: "session-a" },
  orphan: { kind: "topics", id: "trade" },
  "name-clash": { name: "Nguyen Van An", others: ["nguyen-van-an-1", "nguyen-van-an-2"] },
  "term-ends-early": { start: "2021-03", end: "2020-11" },
  "seen-outside-term": { field: "lastSeen", date: "2026-01-05" },
  "term-overlap": { other: "term-a", post: "chair", from: "2021-04-01", until: "2021-05-01" },
  "death-before-birth": { birth: "1950", death: "1949" },
  "post-not-held": { person: "vuong-dinh-hue", post: "chair-na", date: "2025-06", hasTerms: true },
  "child-outside-parent": { date: "2024-02", parent: "visit-2023", parentDate: "2023-10" },
  "took-place-unsupported": { earliest: "2027-01-01" },
  "document-outside-event": { date: "2019-01", event: "visit-2023", eventDate: "2023-10" },
  "session-reused": { sequence: 7, series: "ipc", other: "ipc-seventh" },
  "session-out-of-order": { sequence: 8, series: "ipc", date: "2020", previous: 7, previousDate: "2021" },
  uncited: { part: { of: "participation", person: "vyacheslav-volodin" } },
  "paragraph-out-of-range": { paragraph: 40, source: "tass-2023", count: 12 },
  "fragment-not-found": { fragment: "warm welcome", source: "tass-2023", paragraph: 4 },
  "translation-field-unknown": { field: "summary" },
  "translation-count": { given: 3, expected: 2 },
  "text-unavailable": { source: "tass-2023" },
  "fragments-unchecked": { pointers: 9, sources: ["a", "b", "c", "d", "e", "f", "g"] },
  "translation-missing": { id: "visit-2023", language: "ru", fields: ["title", "summary"] },
  "draft-match-stale": { match: "visit-2023", found: "people" },
  "draft-link-stale": { target: "atlantis", expected: ["places"], found: null },
  "draft-id-taken": { id: "hanoi", holder: "places", kind: "people" },
  "draft-source-recorded": { recorded: "tass-2023" },
  "draft-text-file": { file: "../x.txt", suggested: "tass-2023.txt" },
};

const details = Object.entries(samples).map(([key, values]) => ({ key, ...values }) as IssueDetail);

/** The values a message must carry over unchanged into every language (words such as kinds are translated). */
function literalValues(detail: IssueDetail): string[] {
  const translated = new Set([
    "key",
    "kind",
    "expected",
    "actual",
    "language",
    "rule",
    "problem",
    "part",
    "topLevel",
    "found",
    "holder",
  ]);
  const out: string[] = [];
  for (const [name, value] of Object.entries(detail)) {
    if (translated.has(name) || typeof value === "boolean" || value === null) continue;
    if (Array.isArray(value)) out.push(...value.slice(0, 5).map(String));
    else out.push(String(value));
  }
  return out;
}

const SCRIPT: Record<Exclude<Language, "en">, RegExp> = {
  vi: /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/iu,
  ru: /[а-яё]/iu,
};

describe("issue messages in three languages", () => {
  test.each(details.map((d) => [d.key, d] as const))("%s is worded in each language with the same values", (_, d) => {
    const said = languages.map((language) => issueMessage({ detail: d }, language));
    expect(new Set(said).size, said.join(" | ")).toBe(3);
    expect(said[1]).toMatch(SCRIPT.vi);
    expect(said[2]).toMatch(SCRIPT.ru);
    for (const text of said) for (const value of literalValues(d)) expect(text).toContain(value);
  });

  test("an issue's English message is its detail said in English", () => {
    const data = copyDataset();
    const { index } = pick(data.events, (e) => e.participants.length > 0, "event with participants");
    const result = breakCopy((d) => {
      d.events[index]!.participants[0]!.person = "nobody-at-all";
      (d.events[index] as unknown as { title: number }).title = 5;
      d.events[index]!.date = "not a date";
    });
    expect(result.issues.length).toBeGreaterThanOrEqual(2);
    for (const issue of result.issues) expect(issue.message).toBe(issueMessage(issue, "en"));
  });

  test("zod's type errors come in zod's own Vietnamese and Russian, the schema's rules in ours", () => {
    const data = copyDataset();
    const { index } = pick(data.events, () => true, "event");
    const typed = breakCopy((d) => ((d.events[index] as unknown as { title: number }).title = 5)).issues[0]!;
    expect(typed.detail.key).toBe("schema");
    expect(issueMessage(typed, "ru")).toMatch(/ожидалось/u);
    expect(issueMessage(typed, "vi")).toMatch(/mong đợi/u);
    const dated = breakCopy((d) => (d.events[index]!.date = "16 October")).issues[0]!;
    expect(dated.detail).toEqual({ key: "schema-rule", rule: "edtf" });
    expect(issueMessage(dated, "ru")).toMatch(/^не дата EDTF/u);
  });

  test("a missing top-level field is named by its own name, not as a value", () => {
    const data = copyDataset() as unknown as Record<string, unknown>;
    delete data["citation"];
    const missing = validateDataset(data).issues.find((i) => i.path === "$.citation")!;
    expect(missing.detail).toEqual({ key: "field-missing", field: "citation" });
    expect(issueMessage(missing, "vi")).toBe("thiếu trường bắt buộc citation");
  });

  test("a reference to a missing record names the kinds it expects in the reader's words", () => {
    const data = copyDataset();
    const { index } = pick(data.events, (e) => e.participants.length > 0, "event with participants");
    const issue = breakCopy((d) => (d.events[index]!.participants[0]!.person = "nobody-at-all")).issues[0]!;
    expect(issue.detail).toEqual({ key: "id-unknown", target: "nobody-at-all", expected: ["people"] });
    expect(issueMessage(issue, "ru")).toBe("«nobody-at-all» не является id ни одной записи типа «персона»");
    expect(issueMessage(issue, "vi")).toBe('"nobody-at-all" không phải id của nhân vật nào');
  });
});

describe("what a list of citations backs", () => {
  const parts: CitedPart[] = [
    { of: "record", kind: "memberships" },
    { of: "native-name" },
    { of: "other-name", name: "Вячеслав Володин" },
    { of: "birth" },
    { of: "death" },
    { of: "founding" },
    { of: "participation", person: "vyacheslav-volodin" },
    { of: "earlier-plan", date: "2023-09" },
    { of: "version", value: "2023-10-16" },
  ];

  test.each(parts.map((p) => [p.of, p] as const))("%s reads differently in each language", (_, part) => {
    const said = languages.map((language) => citedPartIn(part, language));
    expect(new Set(said).size).toBe(3);
    expect(said[2]).toMatch(SCRIPT.ru);
  });

  test("a term of office keeps its reader's name in English", () => {
    expect(citedPartIn({ of: "record", kind: "memberships" }, "en")).toBe("term of office");
    expect(citedPartIn({ of: "record", kind: "posts" }, "en")).toBe("post");
  });
});
