import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { loadSearchIndex } from "@parley/core/search";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { hrefOf } from "@/lib/hrefOf";
import { placeOf } from "@/lib/placeOf";
import { searchPayload } from "@/search/searchPayload";
import { toSearchResult } from "@/search/toSearchResult";
import { EventView } from "@/views/EventView";
import { PersonView } from "@/views/PersonView";

const parley = createParley(dataset);
const hrefFor = (id: string) => {
  const place = placeOf(parley, id);
  return place ? hrefOf(place) : null;
};
/** The element a link's anchor points to, as rendered on the linked page. */
const anchorOf = (href: string) => href.split("#")[1];

describe("hrefOf", () => {
  test("links a term of office to its row on the holder's page, which carries that id", () => {
    const term = dataset.memberships[0]!;
    const href = hrefFor(term.id)!;
    expect(href).toBe(`/people/${term.person}/#term-${term.id}`);
    const holder = parley.getPerson(term.person);
    if (!holder.ok) throw new Error(holder.error.message);
    const html = renderToStaticMarkup(<PersonView parley={parley} person={holder.value} language="en" />);
    expect(html).toContain(`id="${anchorOf(href)}"`);
  });

  test("links a statement to its place on its event's page, which carries that id", () => {
    const statement = dataset.statements[0]!;
    const href = hrefFor(statement.id)!;
    expect(href).toBe(`/events/${statement.event}/#statement-${statement.id}`);
    const event = parley.getEvent(statement.event);
    if (!event.ok) throw new Error(event.error.message);
    const html = renderToStaticMarkup(<EventView parley={parley} event={event.value} language="en" />);
    expect(html).toContain(`id="${anchorOf(href)}"`);
  });

  test("links a disagreement to its panel on the page of a record it is about, never to a second anchor", () => {
    const disagreement = dataset.disagreements[0]!;
    const href = hrefFor(disagreement.id)!;
    expect(href).toMatch(new RegExp(`^/[^#]+#disagreement-${disagreement.id}$`));
  });

  test("links a record with a page to that page, a country to its timeline and an unknown id nowhere", () => {
    expect(hrefFor("vyacheslav-volodin")).toBe("/people/vyacheslav-volodin/");
    expect(hrefFor("ru")).toBe("/timeline/?country=ru");
    expect(hrefFor("no-such-record")).toBeNull();
  });

  test("gives a search result the same link as the pages give the same record", () => {
    const index = loadSearchIndex(JSON.parse(JSON.stringify(searchPayload(dataset, "en"))));
    const ids = [
      ...dataset.memberships.slice(0, 5).map((m) => m.id),
      ...dataset.statements.slice(0, 5).map((s) => s.id),
      ...dataset.people.slice(0, 3).map((p) => p.id),
    ];
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      const label = parley.labelOf(id);
      const hit = index
        .search(label, { limit: 50 })
        .map((hit) => toSearchResult(hit, "en"))
        .find((r) => r.id === id);
      expect(hit?.href, id).toBe(hrefFor(id));
    }
  });
});
