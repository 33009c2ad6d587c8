import { createParley, type Dataset } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { LanguageProvider } from "@/i18n/LanguageProvider";
import { siteText } from "@/site/siteText";
import { EventView } from "@/views/EventView";

const parley = createParley(dataset);
const render = (id: string) => {
  const found = parley.getEvent(id);
  if (!found.ok) throw new Error(found.error.message);
  return renderToStaticMarkup(<EventView parley={parley} event={found.value} language="en" />);
};

describe("EventView", () => {
  const html = render("2023-10-volodin-visit-vietnam");

  test("shows the dates at their precision and the participants with their posts", () => {
    expect(html).toContain("15–16 October 2023");
    expect(html).toContain('href="/posts/chairman-of-the-state-duma/"');
    expect(html).toContain('href="/people/vyacheslav-volodin/"');
  });

  test("marks the disputed date beside the date, linking to the disagreement on the page", () => {
    const when = html.slice(html.indexOf("<dt>When</dt>"), html.indexOf("<dt>Where</dt>"));
    expect(when).toContain('href="#disagreement-c1-volodin-arrival-2023"');
    expect(html).toContain('id="disagreement-c1-volodin-arrival-2023"');
    const kind = html.slice(html.indexOf("<dt>Kind</dt>"), html.indexOf("<dt>Status</dt>"));
    expect(kind).not.toContain("disputed");
  });

  test("shows several posts held that day, a call whose direction is not given, and a disputed visit level", () => {
    const call = render("2024-08-08-to-lam-putin-phone-call");
    expect(call).toContain('href="/posts/general-secretary-of-the-cpv/"');
    expect(call).toContain('href="/posts/president-of-vietnam/"');
    expect(call).toContain("Party (direction not given)");
    const visit = render("2025-05-to-lam-official-visit-russia");
    const kind = visit.slice(visit.indexOf("<dt>Kind</dt>"), visit.indexOf("<dt>Status</dt>"));
    expect(kind).toContain('href="#disagreement-c11-to-lam-visit-kind"');
  });

  test("writes a link in a summary as a link to the record, not as markup", () => {
    const arrival = render("2023-10-15-volodin-arrives-in-hanoi");
    expect(arrival).toContain("the disagreement over the arrival date</a>");
    expect(arrival).not.toContain("](c1-volodin-arrival-2023)");
  });

  test("keeps the earlier, postponed plan with its dates", () => {
    expect(html).toContain("Planned for <time");
    expect(html).toContain("postponed");
  });

  test("shows the disagreement panel and opens sources in a new tab safely", () => {
    expect(html).toContain("Sources disagree");
    expect(html).toMatch(/target="_blank" rel="noopener noreferrer"/);
  });

  test("announces the disagreements near the top and shows the panel after the participants, before the sources", () => {
    const notice = html.indexOf('class="disagreement-notice"');
    const facts = html.indexOf('class="facts"');
    const participants = html.indexOf('id="participants"');
    const panel = html.indexOf('id="sources-disagree"');
    const sources = html.indexOf('id="sources"');
    expect(notice).toBeGreaterThan(-1);
    expect(notice).toBeLessThan(facts);
    expect(participants).toBeLessThan(panel);
    expect(panel).toBeLessThan(sources);
    const items = (html.match(/class="disagreement-item"/g) ?? []).length;
    expect(items).toBeGreaterThan(1);
    expect(html).toContain(`<a href="#sources-disagree">Sources disagree on ${items} points — see below</a>`);
  });

  test("folds a version's sources when there are more than three, keeping the version itself and the reason in view", () => {
    const start = html.indexOf('id="disagreement-c1-volodin-arrival-2023"');
    const end = html.indexOf('class="disagreement-item"', start);
    const arrival = html.slice(start, end === -1 ? html.indexOf("</section>", start) : end);
    expect(arrival).toMatch(/<details class="version-sources"><summary>6 sources<\/summary>/);
    const outsideDetails = arrival.replace(/<details[\s\S]*?<\/details>/g, "");
    expect(outsideDetails).toContain("15 October 2023");
    expect(outsideDetails).toContain("Why the preferred version: ");
  });

  test("embeds schema.org Event data that cannot break out of its script element", () => {
    const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
    expect(match).not.toBeNull();
    const data = JSON.parse(match![1]!) as Record<string, unknown>;
    expect(data["@type"]).toBe("Event");
    expect(data.startDate).toBe("2023-10-15");
    expect(data.endDate).toBe("2023-10-16");
    expect(data.eventStatus).toBe("https://schema.org/EventRescheduled");
    expect(match![1]).not.toMatch(/[<>]/);
  });

  test("links a meeting within the visit back to the visit", () => {
    const child = parley.childrenOf("2023-10-volodin-visit-vietnam")[0]!;
    expect(render(child.id)).toContain('href="/events/2023-10-volodin-visit-vietnam/"');
  });
});

describe("EventView's statements", () => {
  test("cite their sources in the page's one numbered list, with anchors that exist", () => {
    const html = render("2023-10-volodin-visit-vietnam");
    const statement = /<li id="statement-[^"]+">([\s\S]*?)<\/li>/.exec(html)?.[1] ?? "";
    const marks = [...statement.matchAll(/href="#(cite-\d+)"/g)].map((m) => m[1]!);
    expect(marks.length).toBeGreaterThan(0);
    for (const anchor of marks) expect(html).toContain(`id="${anchor}"`);
    expect(html).toContain("supports the statement by");
  });
});

describe("EventView in Russian and Vietnamese", () => {
  const renderIn = (language: "vi" | "ru", id: string, data = parley) => {
    const found = data.getEvent(id);
    if (!found.ok) throw new Error(found.error.message);
    return renderToStaticMarkup(
      <LanguageProvider language={language}>
        <EventView parley={data} event={found.value} language={language} />
      </LanguageProvider>,
    );
  };
  const visit = "2023-10-volodin-visit-vietnam";

  test("a Russian event page shows the Russian title and summary, the date in Russian and Cyrillic names", () => {
    const html = renderIn("ru", visit);
    const russian = dataset.events.find((e) => e.id === visit)!.translations!.ru!;
    expect(html).toContain(`<h1>${russian.title}</h1>`);
    expect(html).toContain(russian.summary.slice(0, 40));
    expect(html).toContain("15–16 октября 2023 г.");
    expect(html).toContain("Вячеслав Володин</a>");
    // A Vietnamese participant: the Russian spelling, with the Vietnamese original beside it.
    expect(html).toMatch(/Выонг Динь Хюэ<\/a><span class="meta" lang="vi"> \(Vương Đình Huệ\)<\/span>/);
    expect(html).toContain("<dt>Когда</dt>");
    expect(html).toContain("Источники расходятся");
    expect(html).not.toContain("untranslated");
  });

  test("a Russian event page links within the Russian site and states its language in its structured data", () => {
    const html = renderIn("ru", visit);
    expect(html).toContain('href="/ru/people/vyacheslav-volodin/"');
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as {
      inLanguage: string;
      name: string;
      url: string;
    };
    expect(data.inLanguage).toBe("ru");
    expect(data.name).toBe(parley.labelOf(visit, "ru"));
    expect(data.url).toMatch(/\/ru\/events\/2023-10-volodin-visit-vietnam\/$/);
  });

  test("a Vietnamese event page writes Vietnamese names with their diacritics", () => {
    const html = renderIn("vi", visit);
    expect(html).toContain("Vương Đình Huệ</a>");
    expect(html).toContain("tháng 10");
    expect(html).toContain("<dt>Thời gian</dt>");
  });

  test('an event lacking its Russian translation shows the English marked lang="en" with a visible note', () => {
    const copy = structuredClone(dataset) as Dataset;
    const event = copy.events.find((e) => e.id === visit)!;
    delete event.translations!.ru;
    const html = renderIn("ru", visit, createParley(copy));
    const note = siteText.ru.untranslated;
    expect(html).toMatch(
      new RegExp(
        '<h1><span lang="en">Volodin&#x27;s official visit to Vietnam, October 2023</span>' +
          `<span class="untranslated"> \\(${note}\\)</span></h1>`,
      ),
    );
    const summary = html.slice(
      html.indexOf('<p class="prose">'),
      html.indexOf("</p>", html.indexOf('<p class="prose">')),
    );
    expect(summary).toContain('<span lang="en">');
    expect(summary).toContain(note);
    // The rest of the page is still in Russian.
    expect(html).toContain("15–16 октября 2023 г.");
  });
});
