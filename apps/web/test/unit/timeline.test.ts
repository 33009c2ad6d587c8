import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { LanguageProvider } from "@/i18n/LanguageProvider";
import { fillCounted } from "@/i18n/fillText";
import { filterTimeline } from "@/timeline/filterTimeline";
import { groupTimeline, monthHeading } from "@/timeline/groupTimeline";
import type { TimelineItem } from "@/timeline/TimelineItem";
import { filterOptions, timelineItems } from "@/timeline/timelineItems";
import { TimelineList } from "@/timeline/TimelineList";
import { dayRange, hasFilters, NO_FILTERS, parseTimelineQuery, timelineQuery } from "@/timeline/timelineQuery";
import { timelineText } from "@/timeline/timelineText";

const parley = createParley(dataset);
const items = timelineItems(parley, "en");
const options = filterOptions(parley, items, "en");
const en = timelineText.en.explorer;
const ru = timelineText.ru.explorer;
const titlesOf = (list: readonly TimelineItem[]) => new Map(list.map((i) => [i.id, i]));

describe("timeline URL filters", () => {
  test("a shared address reads back into the same filters", () => {
    const { filters, notices } = parseTimelineQuery(
      "?kind=official-visit&person=vyacheslav-volodin&from=2023",
      options,
      en.query,
    );
    expect(notices).toEqual([]);
    expect(filters).toMatchObject({ kind: ["official-visit"], person: ["vyacheslav-volodin"], from: "2023", to: null });
    expect(timelineQuery(filters)).toBe("?kind=official-visit&person=vyacheslav-volodin&from=2023");
  });

  test("unknown values and unreadable dates become notices and are ignored", () => {
    const { filters, notices } = parseTimelineQuery(
      "?kind=teleportation&topic=energy,nonsense&from=last-week",
      options,
      en.query,
    );
    expect(filters.kind).toEqual([]);
    expect(filters.from).toBeNull();
    expect(notices.join(" ")).toMatch(/teleportation/);
    expect(notices.join(" ")).toMatch(/nonsense/);
    expect(notices.join(" ")).toMatch(/last-week/);
  });

  test("a period that ends before it starts is explained", () => {
    expect(parseTimelineQuery("?from=2024&to=2019", options, en.query).notices[0]).toMatch(
      /starts \(2024\) after it ends \(2019\)/,
    );
  });

  test("on the Russian site the notices are in Russian", () => {
    const { notices } = parseTimelineQuery("?person=nobody&from=2024&to=2019", options, ru.query);
    expect(notices).toEqual([
      "Период начинается (2024) позже, чем заканчивается (2019), поэтому ни одно событие не подходит; " +
        "поменяйте даты местами.",
      "В хронологии нет человека «nobody», поэтому этот фильтр не применён.",
    ]);
  });

  test("no filters give an empty query", () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(timelineQuery(NO_FILTERS)).toBe("");
  });

  test("filter dates cover whole years, months or days", () => {
    expect(dayRange("2023")).toEqual({ first: "2023-01-01", last: "2023-12-31" });
    expect(dayRange("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(dayRange("2023-10-16")).toEqual({ first: "2023-10-16", last: "2023-10-16" });
    expect(dayRange("2023-13")).toBeNull();
    expect(dayRange("2023-02-30")).toBeNull();
  });
});

describe("filtering and grouping the timeline", () => {
  test("filtering in the browser agrees with core's timeline query", () => {
    const mine = filterTimeline(items, {
      ...NO_FILTERS,
      kind: ["official-visit"],
      person: ["vyacheslav-volodin"],
      from: "2018",
    }).map((i) => i.id);
    const core = parley
      .timeline({ kinds: ["official-visit"], people: ["vyacheslav-volodin"], from: "2018" })
      .map((e) => e.id);
    expect(mine).toEqual(core);
  });

  test("a topic filter also finds events on narrower topics, as core's does", () => {
    const broad = dataset.topics.find((t) => dataset.topics.some((u) => u.parent === t.id));
    expect(broad, "the shipped dataset has a topic with narrower topics").toBeDefined();
    const mine = filterTimeline(items, { ...NO_FILTERS, topic: [broad!.id] }).map((i) => i.id);
    expect(mine).toEqual(parley.timeline({ topics: [broad!.id] }).map((e) => e.id));
  });

  test("meetings are nested under their visit, and years come in order", () => {
    const years = groupTimeline(items, titlesOf(items), "en", en.groups);
    const entries = years.flatMap((y) => y.months.flatMap((m) => m.entries));
    const visit = entries.find((e) => e.item.id === "2023-10-volodin-visit-vietnam");
    expect(visit?.children.map((c) => c.item.id)).toContain("2023-10-16-ipcc-second-session");
    expect(entries.some((e) => e.item.id === "2023-10-16-ipcc-second-session")).toBe(false);
    const order = years.map((y) => y.year).filter((y) => /^\d{4}$/.test(y));
    expect(order).toEqual([...order].sort());
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(items.length);
  });

  test("a meeting listed without its visit says which visit it belongs to", () => {
    const meeting = items.find((i) => i.id === "2023-10-16-ipcc-second-session")!;
    const [year] = groupTimeline(
      [meeting],
      new Map([["2023-10-volodin-visit-vietnam", { title: "The visit" }]]),
      "en",
      en.groups,
    );
    expect(year?.months[0]?.entries[0]?.partOf).toEqual({ id: "2023-10-volodin-visit-vietnam", title: "The visit" });
  });

  test("events with no known day are grouped under a heading in the page's language, with a stable id", () => {
    const undated = items.find((i) => i.start === null);
    expect(undated, "the shipped dataset has an event with no earliest day").toBeDefined();
    const [english] = groupTimeline([undated!], new Map(), "en", en.groups);
    const [russian] = groupTimeline([undated!], new Map(), "ru", ru.groups);
    expect(english).toMatchObject({ key: "undated", year: "Date unknown", months: [{ label: "Undated" }] });
    expect(russian).toMatchObject({ key: "undated", year: "Дата неизвестна", months: [{ label: "Без даты" }] });
  });
});

describe("the timeline in Vietnamese and Russian", () => {
  const russian = timelineItems(parley, "ru");
  const visit = (list: readonly TimelineItem[]) => list.find((i) => i.id === "2023-10-volodin-visit-vietnam")!;

  test("the Russian items carry the Russian title, date and kind, and the same ids and filters as the English", () => {
    expect(visit(russian)).toMatchObject({
      title: "Официальный визит Володина во Вьетнам, октябрь 2023 года",
      when: "15–16 октября 2023 г.",
      kindLabel: "Официальный визит",
    });
    expect(visit(russian).titleLang).toBeUndefined();
    expect(russian.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(filterTimeline(russian, { ...NO_FILTERS, person: ["vyacheslav-volodin"] }).map((i) => i.id)).toEqual(
      filterTimeline(items, { ...NO_FILTERS, person: ["vyacheslav-volodin"] }).map((i) => i.id),
    );
  });

  test("the English items are unchanged: no language mark on an English title", () => {
    expect(visit(items)).toMatchObject({
      title: "Volodin's official visit to Vietnam, October 2023",
      when: "15–16 October 2023",
      kindLabel: "Official visit",
    });
    expect(items.some((i) => "titleLang" in i)).toBe(false);
  });

  test("the Russian filter choices are labelled in Russian, people in Cyrillic where a spelling is sourced", () => {
    const choices = filterOptions(parley, russian, "ru");
    expect(choices.kinds.find((o) => o.value === "official-visit")?.label).toBe("Официальный визит");
    expect(choices.people.find((o) => o.value === "vyacheslav-volodin")?.label).toBe("Вячеслав Володин");
    expect(choices.people.find((o) => o.value === "tran-thanh-man")?.label).toBe("Чан Тхань Ман");
  });

  test("counts take the Russian plural forms, and Vietnamese needs only one", () => {
    const within = ru.list.within;
    expect([1, 3, 5, 21, 1000].map((n) => fillCounted("ru", within, n))).toEqual([
      "1 событие в его рамках",
      "3 события в его рамках",
      "5 событий в его рамках",
      "21 событие в его рамках",
      "1\u00a0000 событий в его рамках",
    ]);
    expect(fillCounted("vi", timelineText.vi.explorer.list.within, 1)).toBe("1 sự kiện trong khuôn khổ này");
    expect(fillCounted("en", en.list.within, 1)).toBe("1 event within it");
  });

  test("month headings are written in the page's language, with a capital letter", () => {
    expect(monthHeading("en", "2023", "10")).toBe("October 2023");
    expect(monthHeading("ru", "2023", "10")).toBe("Октябрь 2023 г.");
    expect(monthHeading("vi", "2023", "10")).toBe("Tháng 10 năm 2023");
  });

  test("the Russian list shows Russian headings, titles and counts, and links within the Russian site", () => {
    const years = groupTimeline(
      [visit(russian), ...russian.filter((i) => i.parent === visit(russian).id)],
      titlesOf(russian),
      "ru",
      ru.groups,
    );
    const html = renderToStaticMarkup(
      createElement(LanguageProvider, {
        language: "ru",
        children: createElement(TimelineList, { years, language: "ru", text: ru.list }),
      }),
    );
    expect(html).toContain('<h3 class="timeline-month">Октябрь 2023 г.</h3>');
    expect(html).toContain(">Официальный визит Володина во Вьетнам, октябрь 2023 года</a>");
    expect(html).toContain('href="/ru/events/2023-10-volodin-visit-vietnam/"');
    expect(html).toMatch(/<summary>\d+ событи(е|я|й) в его рамках<\/summary>/);
    expect(html).not.toContain('lang="en"');
  });

  test("a title without a translation is marked as English and says so", () => {
    const untranslated: TimelineItem = { ...visit(items), titleLang: "en" };
    const years = groupTimeline([untranslated], new Map(), "ru", ru.groups);
    const html = renderToStaticMarkup(
      createElement(LanguageProvider, {
        language: "ru",
        children: createElement(TimelineList, { years, language: "ru", text: ru.list }),
      }),
    );
    expect(html).toContain('<span lang="en">Volodin&#x27;s official visit to Vietnam, October 2023</span></a>');
    expect(html).toContain("Ещё не переведено: показано на английском.");
  });

  test("an empty result says so in the page's language", () => {
    const html = renderToStaticMarkup(
      createElement(TimelineList, { years: [], language: "vi", text: timelineText.vi.explorer.list }),
    );
    expect(html).toBe('<p class="notice">Không có sự kiện nào phù hợp với các bộ lọc này.</p>');
  });
});
