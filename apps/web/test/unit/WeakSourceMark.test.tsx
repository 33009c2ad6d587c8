import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { PersonView } from "@/views/PersonView";
import { SourceView } from "@/views/SourceView";

const parley = createParley(dataset);
const source = (id: string) => dataset.sources.find((s) => s.id === id)!;

describe("weak sources", () => {
  test("the page of a weak source marks it as weak", () => {
    const html = renderToStaticMarkup(
      <SourceView parley={parley} source={source("vpimport-48e299941")} language="en" />,
    );
    expect(html).toContain("weak source");
  });

  test("the page of an ordinary source carries no weak mark", () => {
    const html = renderToStaticMarkup(<SourceView parley={parley} source={source("vnanet-385990")} language="en" />);
    expect(html).not.toContain("weak source");
    expect(html).toContain("no doubt recorded");
  });

  test("a record citing a weak source shows the mark beside it in its source list", () => {
    const person = dataset.people.find((p) => p.id === "vyacheslav-volodin")!;
    // Volodin's birth date rests on AzVision, marked weak.
    const html = renderToStaticMarkup(<PersonView parley={parley} person={person} language="en" />);
    expect(html).toMatch(/AzVision[^<]*<\/a> <span class="badge badge--warn"[^>]*>weak source/);
  });
});

describe("weak sources in Vietnamese and Russian", () => {
  test("the mark and its explanation are in the page's language", () => {
    const vi = renderToStaticMarkup(<SourceView parley={parley} source={source("vpimport-48e299941")} language="vi" />);
    expect(vi).toContain(">nguồn yếu — ");
    const person = dataset.people.find((p) => p.id === "vyacheslav-volodin")!;
    const ru = renderToStaticMarkup(<PersonView parley={parley} person={person} language="ru" />);
    expect(ru).toMatch(/AzVision[^<]*<\/a> <span class="badge badge--warn" title="[^"]+">слабый источник<\/span>/);
    expect(ru).not.toContain(">weak source<");
  });
});
