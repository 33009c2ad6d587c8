import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { countWords, MAX_FRAGMENT_WORDS } from "../../src/schema/Citation.js";
import { Draft } from "../../src/draft/Draft.js";
import { draftFromText } from "./draftShipped.js";
import { readOff, type Expected } from "../../eval/scoreDraft.js";

const dir = fileURLToPath(new URL("../../eval/articles/", import.meta.url));
const articles = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const name = f.replace(/\.txt$/u, "");
    const text = readFileSync(`${dir}${f}`, "utf8");
    const expected = JSON.parse(readFileSync(`${dir}${name}.expected.json`, "utf8")) as Expected;
    return { name, text, expected, draft: draftFromText(text, { source: expected.input }) };
  });

describe("the drafter on the labelled articles", () => {
  test("reads all 36 articles, 12 per language", () => {
    expect(articles.length).toBe(36);
    for (const lang of ["en", "vi", "ru"]) expect(articles.filter((a) => a.draft.language === lang).length).toBe(12);
  });

  test.each(articles.map((a) => [a.name, a] as const))(
    "%s: the main event's date, match and conflicts are the expected ones",
    (_, a) => {
      const main = a.draft.events[0]!;
      expect(main.role).toBe("main");
      expect(main.record.date).toBe(a.expected.main.date);
      expect(main.match).toBe(a.expected.main.match);
      for (const path of a.expected.main.conflicts) expect(main.conflicts.map((c) => c.path)).toContain(path);
    },
  );

  test("finds at least 95 % of the recorded people the articles name, and names no one they do not", () => {
    let found = 0;
    let wanted = 0;
    let extra = 0;
    for (const a of articles) {
      const got = readOff(a.draft).people;
      wanted += a.expected.people.length;
      found += a.expected.people.filter((id) => got.has(id)).length;
      extra += [...got].filter((id) => !a.expected.people.includes(id)).length;
    }
    expect(found / wanted).toBeGreaterThanOrEqual(0.95);
    expect(extra / (found + extra)).toBeLessThanOrEqual(0.05);
  });

  test("every mention's text is exactly the analysed text between its offsets", () => {
    for (const { draft } of articles)
      for (const m of draft.mentions) expect(draft.text.slice(m.start, m.end)).toBe(m.text);
  });

  test("every fragment citing the article is verbatim in it and at most 12 words long", () => {
    for (const { draft } of articles) {
      const fragments: string[] = [];
      const visit = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === "object") {
          const v = value as Record<string, unknown>;
          if (v.source === draft.source.id && typeof v.fragment === "string") fragments.push(v.fragment);
          Object.values(v).forEach(visit);
        }
      };
      visit([draft.events, draft.people, draft.documents, draft.statements, draft.disagreements]);
      expect(fragments.length).toBeGreaterThan(0);
      for (const f of fragments) {
        expect(draft.text).toContain(f);
        expect(countWords(f)).toBeLessThanOrEqual(MAX_FRAGMENT_WORDS);
      }
    }
  });

  test("every draft validates against the Draft schema", () => {
    for (const { name, draft } of articles) expect(Draft.safeParse(draft).success, name).toBe(true);
  });

  test("every conflict becomes a disagreement that keeps both versions, ranked normal", () => {
    const withConflicts = articles.filter((a) => a.draft.events[0]!.conflicts.length > 0);
    expect(withConflicts.length).toBeGreaterThanOrEqual(6);
    for (const { draft } of withConflicts) {
      for (const c of draft.events[0]!.conflicts) {
        const d = draft.disagreements.find((x) => x.id === c.disagreement)!;
        expect(d.versions.map((v) => v.rank)).toEqual(["normal", "normal"]);
        expect(d.targets).toEqual([{ record: draft.events[0]!.match, path: c.path }]);
      }
    }
  });

  test("drafting the same article twice gives the same draft", () => {
    const a = articles[5]!;
    expect(draftFromText(a.text, { source: a.expected.input })).toEqual(a.draft);
  });
});
