import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { organizationJsonLd, personJsonLd } from "@/lib/jsonLd";
import { PersonView } from "@/views/PersonView";

const parley = createParley(dataset);
const volodin = parley.getPerson("vyacheslav-volodin");
if (!volodin.ok) throw new Error(volodin.error.message);
const html = renderToStaticMarkup(<PersonView parley={parley} person={volodin.value} />);

describe("PersonView", () => {
  test("lists every spelling of the name, in its language, with sources", () => {
    expect(html).toContain('lang="ru">Вячеслав Володин');
    expect(volodin.value.otherNames.length).toBeGreaterThan(0);
    for (const n of volodin.value.otherNames) expect(html).toContain(n.name);
  });

  test("charts the offices held over time and lists them with their dates", () => {
    expect(html).toMatch(/<svg class="chart"[^>]*role="img"/);
    expect(html).toContain('href="/posts/chairman-of-the-state-duma/"');
    expect(html).toContain("12 October 2021");
  });

  test("counts the people met", () => {
    const first = parley.counterpartsOf("vyacheslav-volodin")[0]!;
    expect(html).toContain(`href="/people/${first.person.id}/"`);
  });

  test("shows the disagreements about his name after the offices held, announced by a link near the top", () => {
    expect(html).toContain("Sources disagree");
    const notice = html.indexOf('<a href="#sources-disagree">Sources disagree on');
    expect(notice).toBeGreaterThan(-1);
    expect(notice).toBeLessThan(html.indexOf('id="names"'));
    expect(html.indexOf('id="terms"')).toBeLessThan(html.indexOf('id="sources-disagree"'));
    expect(html.indexOf('id="sources-disagree"')).toBeLessThan(html.indexOf('id="events"'));
  });
});

describe("JSON-LD for people and organizations", () => {
  test("a person carries every other name and the offices held", () => {
    const data = personJsonLd(parley, volodin.value);
    expect(data["@type"]).toBe("Person");
    expect(data.alternateName).toContain("Вячеслав Володин");
    expect(JSON.stringify(data.hasOccupation)).toContain("Chairman of the State Duma");
    expect(data.birthDate).toBe("1964-02-04");
  });

  test("a chamber is a government organization with its parent", () => {
    const duma = parley.getOrganization("state-duma");
    if (!duma.ok) throw new Error(duma.error.message);
    const data = organizationJsonLd(parley, duma.value);
    expect(data["@type"]).toBe("GovernmentOrganization");
    expect(data.name).toBe("State Duma");
  });
});
