import { dataset } from "@parley/core/shipped";
import { formatEdtf } from "@/lib/formatEdtf";
import { loadSearchIndex } from "@parley/core/search";
import { describe, expect, test } from "vitest";
import { searchPayload } from "@/search/searchPayload";
import { hrefOf } from "@/lib/hrefOf";
import { toSearchResult } from "@/search/toSearchResult";
import { groupResults } from "@/search/SearchPage";

const payload = JSON.parse(JSON.stringify(searchPayload(dataset))) as ReturnType<typeof searchPayload>;
const index = loadSearchIndex(payload);
const search = (q: string) => index.search(q, { limit: 20 }).map(toSearchResult);

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
      date: formatEdtf(event.date),
      href: `/events/${encodeURIComponent(event.id)}/`,
    });
    expect(hit?.date).not.toContain("/");
  });

  test("a date only the EDTF library can read is shown as written rather than guessed", () => {
    const hit = toSearchResult({ kind: "events", id: "x", label: "X", matched: "X", score: 1, date: "2023-10-XX" });
    expect(hit.date).toBe("2023-10-XX");
  });

  test("a statement opens its event's page at the statement, a term of office its holder's page at the term", () => {
    const statement = dataset.statements[0]!;
    expect(hrefOf({ kind: "statements", id: statement.id, parent: { kind: "events", id: statement.event } })).toBe(
      `/events/${statement.event}/#statement-${statement.id}`,
    );
    const found = index.search(statement.summary, { kinds: ["statements"], limit: 1 }).map(toSearchResult)[0];
    expect(found?.href).toBe(`/events/${statement.event}/#statement-${statement.id}`);
    const term = dataset.memberships[0]!;
    const holder = dataset.people.find((p) => p.id === term.person)!.name;
    const office = dataset.posts.find((p) => p.id === term.post)!.label;
    const foundTerm = index
      .search(`${holder} ${office}`, { kinds: ["memberships"] })
      .map(toSearchResult)
      .find((r) => r.id === term.id);
    expect(foundTerm?.href).toBe(`/people/${term.person}/#term-${term.id}`);
  });

  test("full results group by kind, people before events", () => {
    const groups = groupResults(search("volodin"));
    expect(groups[0]?.kind).toBe("people");
    expect(groups.map((g) => g.kind)).toContain("events");
  });
});
