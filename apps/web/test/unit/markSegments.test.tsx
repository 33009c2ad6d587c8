import type { Draft } from "@parley/core/draft";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { draftSummary } from "@/curate/CurateWorkbench";
import { curateText } from "@/curate/curateText";
import { MarkedText, MarkLegend } from "@/curate/MarkedText";
import { markSegments } from "@/curate/markSegments";
import { mentionHref } from "@/curate/mentionHref";
import { LanguageProvider } from "@/i18n/LanguageProvider";

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

describe("the analysed text and the draft's summary in the page's language", () => {
  const text = "Володин встретился с Чан Тхань Маном.";
  const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const spans = [
    { kind: "person", id: "vyacheslav-volodin", ...at("Володин") },
    { kind: "person", id: null, ...at("Чан Тхань Маном") },
  ];

  test("on the Russian site, marks link to Russian pages and say their kind in Russian", () => {
    const html = renderToStaticMarkup(
      <LanguageProvider language="ru">
        <MarkedText text={text} spans={spans} lang="ru" marks={curateText.ru.marks} language="ru" />
      </LanguageProvider>,
    );
    expect(html).toContain('href="/ru/people/vyacheslav-volodin/"');
    expect(html).toContain('<span class="visually-hidden" lang="ru"> (персона)</span>');
    expect(html).toContain(" (персона, нет в базе)");
  });

  test("on the Vietnamese site, the legend names the marks in Vietnamese, and the analysed text keeps its language", () => {
    const legend = renderToStaticMarkup(<MarkLegend text={curateText.vi.marks} />);
    expect(legend).toContain('aria-label="Ý nghĩa các đánh dấu"');
    expect(legend).toContain(">chức vụ</mark>");
    const html = renderToStaticMarkup(
      <MarkedText text={text} spans={spans} lang="ru" marks={curateText.vi.marks} language="vi" />,
    );
    expect(html).toMatch(/^<div class="curate-text" lang="ru">/);
    expect(html).toContain('lang="vi"> (nhân vật, chưa có trong hồ sơ)</span>');
  });

  test("the draft's summary counts in each language's plural forms", () => {
    const draft = {
      mentions: Array.from({ length: 5 }, () => spans[0]),
      events: [
        { match: "x", conflicts: [{}] },
        { match: null, conflicts: [] },
      ],
      people: [{}],
    } as unknown as Draft;
    expect(draftSummary(draft, curateText.en.summary, "en")).toBe(
      "5 recognised spans, 2 events (1 matched, 1 new), 1 conflict, 1 new person.",
    );
    expect(draftSummary(draft, curateText.ru.summary, "ru")).toBe(
      "5 распознанных фрагментов, 2 события (совпало: 1, новых: 1), 1 расхождение, 1 новая персона.",
    );
    expect(draftSummary(draft, curateText.vi.summary, "vi")).toBe(
      "5 đoạn được nhận diện, 2 sự kiện (1 khớp, 1 mới), 1 điểm mâu thuẫn, 1 nhân vật mới.",
    );
  });
});
