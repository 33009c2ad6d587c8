import { dataset } from "@parley/core/shipped";
import { formatEdtf } from "@/lib/formatEdtf";
import { loadSearchIndex, type Language } from "@parley/core/search";
import { describe, expect, test } from "vitest";
import { searchPayload } from "@/search/searchPayload";
import { hrefOf } from "@/lib/hrefOf";
import { kindHeadings, toSearchResult } from "@/search/toSearchResult";
import { groupResults } from "@/search/SearchPage";

const payloadIn = (language: Language) =>
  JSON.parse(JSON.stringify(searchPayload(dataset, language))) as ReturnType<typeof searchPayload>;
const payload = payloadIn("en");
const index = loadSearchIndex(payload);
const search = (q: string) => index.search(q, { limit: 20 }).map((hit) => toSearchResult(hit, "en"));

describe("the search download", () => {
  test("loads in the browser from the index alone, without the dataset", () => {
    expect(payload.format).toBe("parley-search-index");
    expect(JSON.stringify(payload)).not.toContain("citations");
  });

  test("finds Vương Đình Huệ from “vuong dinh hue” and Volodin from “Володин”", () => {
    expect(search("vuong dinh hue")[0]).toMatchObject({
      id: "vuong-dinh-hue",
      href: "/people/vuong-dinh-hue/",
      kindLabel: "Person",
    });
    const volodin = search("Володин")[0];
    expect(volodin).toMatchObject({ id: "vyacheslav-volodin", label: "Vyacheslav Volodin" });
    expect(volodin?.matched).toBe("Вячеслав Володин");
  });

  test("a country opens the timeline filtered to it", () => {
    const hit = search("Russia").find((r) => r.kind === "countries");
    expect(hit?.href).toBe("/timeline/?country=ru");
  });

  test("an event result carries its date in words, as the event's page writes it", () => {
    const event = dataset.events.find((e) => e.date.includes("/"))!;
    const hit = search(event.title).find((r) => r.id === event.id);
    expect(hit).toMatchObject({
      kind: "events",
      date: formatEdtf(event.date, "en"),
      href: `/events/${encodeURIComponent(event.id)}/`,
    });
    expect(hit?.date).not.toContain("/");
  });

  test("a date only the EDTF library can read is shown as written rather than guessed", () => {
    const hit = toSearchResult(
      { kind: "events", id: "x", label: "X", lang: "en", matched: "X", score: 1, date: "2023-10-XX" },
      "en",
    );
    expect(hit.date).toBe("2023-10-XX");
  });

  test("a statement opens its event's page at the statement, a term of office its holder's page at the term", () => {
    const statement = dataset.statements[0]!;
    expect(hrefOf({ kind: "statements", id: statement.id, parent: { kind: "events", id: statement.event } })).toBe(
      `/events/${statement.event}/#statement-${statement.id}`,
    );
    const found = index
      .search(statement.summary, { kinds: ["statements"], limit: 1 })
      .map((hit) => toSearchResult(hit, "en"))[0];
    expect(found?.href).toBe(`/events/${statement.event}/#statement-${statement.id}`);
    const term = dataset.memberships[0]!;
    const holder = dataset.people.find((p) => p.id === term.person)!.name;
    const office = dataset.posts.find((p) => p.id === term.post)!.label;
    const foundTerm = index
      .search(`${holder} ${office}`, { kinds: ["memberships"] })
      .map((hit) => toSearchResult(hit, "en"))
      .find((r) => r.id === term.id);
    expect(foundTerm?.href).toBe(`/people/${term.person}/#term-${term.id}`);
  });

  test("full results group by kind, people before events", () => {
    const groups = groupResults(search("volodin"), kindHeadings("en"));
    expect(groups[0]?.kind).toBe("people");
    expect(groups.map((g) => g.kind)).toContain("events");
  });
});

describe("each site's search download", () => {
  const ru = loadSearchIndex(payloadIn("ru"));
  const vi = loadSearchIndex(payloadIn("vi"));
  const searchIn = (language: Language, q: string) =>
    (language === "ru" ? ru : language === "vi" ? vi : index)
      .search(q, { limit: 20 })
      .map((hit) => toSearchResult(hit, language));

  test("is built for its language and says so", () => {
    expect(payloadIn("ru")).toMatchObject({ format: "parley-search-index", language: "ru" });
    expect(ru.language).toBe("ru");
    expect(vi.language).toBe("vi");
  });

  test("the Russian site's results are in Russian and open Russian pages", () => {
    expect(searchIn("ru", "Володин")[0]).toMatchObject({
      id: "vyacheslav-volodin",
      label: "Вячеслав Володин",
      lang: "ru",
      kindLabel: "Персона",
      href: "/ru/people/vyacheslav-volodin/",
    });
    expect(searchIn("ru", "vuong dinh hue")[0]).toMatchObject({ id: "vuong-dinh-hue", label: "Выонг Динь Хюэ" });
  });

  test("the Vietnamese site finds an event by its English title and shows it in Vietnamese, dated in Vietnamese", () => {
    const event = dataset.events.find((e) => e.translations?.vi && /^\d{4}-\d{2}-\d{2}$/.test(e.date))!;
    const hit = searchIn("vi", event.title).find((r) => r.id === event.id);
    expect(hit).toMatchObject({
      kindLabel: "Sự kiện",
      label: event.translations!.vi!.title,
      lang: "vi",
      date: formatEdtf(event.date, "vi"),
      href: `/vi/events/${encodeURIComponent(event.id)}/`,
    });
  });

  test("a source keeps its own title, marked with its own language", () => {
    const source = dataset.sources.find((s) => s.language === "ru")!;
    const hit = searchIn("vi", source.title).find((r) => r.id === source.id);
    expect(hit).toMatchObject({ label: source.title, lang: "ru", kindLabel: "Nguồn" });
  });

  test("results group under headings in the site's language", () => {
    expect(groupResults(searchIn("ru", "volodin"), kindHeadings("ru"))[0]).toMatchObject({
      kind: "people",
      heading: "Персоны",
    });
  });
});
