import { describe, expect, test } from "vitest";
import { Draft } from "../../src/draft/Draft.js";
import { MAX_DRAFT_CHARS } from "../../src/draft/draftFromText.js";
import { draftFromText } from "./draftShipped.js";

const oneLine = (draft: Draft) => {
  expect(draft.notes.length).toBeGreaterThan(0);
  for (const note of draft.notes) expect(note).not.toContain("\n");
  expect(Draft.safeParse(draft).success).toBe(true);
};

describe("the drafter on bad input", () => {
  test("an empty text gives an empty draft with a one-line note", () => {
    const draft = draftFromText("");
    expect(draft.events).toEqual([]);
    expect(draft.notes).toEqual(["the text is empty"]);
    oneLine(draft);
  });

  test("binary bytes give an empty draft, not a throw", () => {
    const bytes = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 37) % 256));
    const draft = draftFromText(bytes);
    expect(draft.events).toEqual([]);
    expect(draft.notes[0]).toMatch(/binary/u);
    oneLine(draft);
  });

  test("10 MB of text is cut to what the drafter analyses, and the draft says so", () => {
    const paragraph = "State Duma Chairman Vyacheslav Volodin held talks in Hanoi on Sunday with officials. ".repeat(5);
    const huge = `Headline\n\n${`${paragraph}\n\n`.repeat(Math.ceil(10_000_000 / (paragraph.length + 2)))}`;
    expect(huge.length).toBeGreaterThan(10_000_000);
    const draft = draftFromText(huge, { source: { published: "2023-10-16", language: "en" } });
    expect(draft.text.length).toBeLessThanOrEqual(MAX_DRAFT_CHARS);
    expect(draft.notes.some((n) => n.includes("cut"))).toBe(true);
    oneLine(draft);
  });

  test("an unsupported language gives an empty draft naming the languages it reads", () => {
    const draft = draftFromText("Der Vorsitzende der Staatsduma besuchte Hanoi.\n\nEr traf den Präsidenten.", {
      source: { language: "de" },
    });
    expect(draft.events).toEqual([]);
    expect(draft.notes[0]).toMatch(/unsupported language de/u);
    oneLine(draft);
  });

  test("a page with no article gives an empty draft with a one-line note", () => {
    const draft = draftFromText(
      "<!doctype html><html><head><title>Empty</title></head><body><nav>Home</nav></body></html>",
    );
    expect(draft.events).toEqual([]);
    expect(draft.notes[0]).toMatch(/no article/u);
    oneLine(draft);
  });

  test("input that is not a string gives an empty draft", () => {
    const draft = draftFromText(42 as unknown as string);
    expect(draft.notes).toEqual(["the input is not text"]);
  });
});
