import { draftFromText } from "@parley/core/draft";
import { dataset } from "@parley/core/shipped";
import { describe, expect, it } from "vitest";
import { draftReview, markedText } from "../src/commands/draftReview.js";

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;]*m/u;
// eslint-disable-next-line no-control-regex
const ALL_ANSI = /\u001B\[[0-9;]*m/gu;
const text =
  "Volodin meets Ivan Petrovsky in Hanoi\n\nHANOI, Oct. 16 – Vyacheslav Volodin met Ivan Petrovsky in Hanoi on Monday.";
const draft = draftFromText(text, { dataset, source: { published: "2023-10-16", language: "en" } });

describe("draftReview", () => {
  it("numbers the paragraphs as citations count them and marks spans between brackets without colour", () => {
    const lines = markedText(draft, false);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ {4}1 {2}/u);
    expect(lines[1]).toMatch(/^ {4}2 {2}.*\[Vyacheslav Volodin\]/u);
    expect(draftReview(draft, false)).not.toMatch(ANSI);
  });

  it("colours the spans on a terminal instead, leaving the words as they are", () => {
    const coloured = markedText(draft, true);
    expect(coloured.join("\n")).toMatch(ANSI);
    expect(coloured.map((line) => line.replace(ALL_ANSI, ""))).toEqual(
      markedText(draft, false).map((line) => line.replace(/[[\]]/gu, "")),
    );
  });
});
