import { describe, expect, test } from "vitest";
import { markSegments } from "@/curate/markSegments";
import { mentionHref } from "@/curate/mentionHref";

describe("markSegments", () => {
  const text = "Volodin met Trần Thanh Mẫn in Hanoi.";
  const span = (kind: string, id: string | null, word: string) => {
    const start = text.indexOf(word);
    return { kind, id, start, end: start + word.length };
  };

  test("cuts the text into plain pieces and marked spans that join back to the text", () => {
    const segments = markSegments(text, [
      span("place", "hanoi", "Hanoi"),
      span("person", "vyacheslav-volodin", "Volodin"),
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.span).map((s) => s.text)).toEqual(["Volodin", "Hanoi"]);
  });

  test("leaves a span that overlaps an earlier one, or falls outside the text, unmarked", () => {
    const segments = markSegments(text, [
      span("person", "tran-thanh-man", "Trần Thanh Mẫn"),
      span("person", null, "Thanh"),
      { kind: "date", id: null, start: 30, end: 999 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.span).map((s) => s.text)).toEqual(["Trần Thanh Mẫn"]);
  });
});

describe("mentionHref", () => {
  test("links a recognised record to its page and leaves dates and unknown names unlinked", () => {
    expect(mentionHref("person", "vyacheslav-volodin")).toBe("/people/vyacheslav-volodin/");
    expect(mentionHref("post", "president-of-russia")).toBe("/posts/president-of-russia/");
    expect(mentionHref("person", null)).toBeNull();
    expect(mentionHref("date", null)).toBeNull();
  });
});
