import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { LanguageProvider } from "@/i18n/LanguageProvider";
import { buildNetworkData } from "@/network/buildNetworkData";
import { filterNetwork } from "@/network/filterNetwork";
import { layoutNetwork } from "@/network/layoutNetwork";
import { NetworkExplorer, parsePeriod } from "@/network/NetworkExplorer";
import { networkText } from "@/network/networkText";

const parley = createParley(dataset);
const notices = networkText.en.explorer.notices;

describe("the network layout", () => {
  test("is the same on every build", () => {
    const a = buildNetworkData(parley, "en");
    const b = buildNetworkData(createParley(dataset), "en");
    expect(b.nodes).toEqual(a.nodes);
    expect(b.height).toBe(a.height);
  });

  test("keeps every node inside the picture", () => {
    const data = buildNetworkData(parley, "en");
    expect(data.nodes.length).toBeGreaterThan(0);
    for (const n of data.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(data.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(data.height);
    }
  });

  test("places a small graph without overlapping its two nodes", () => {
    const { positions } = layoutNetwork(["a", "b"], [{ source: "a", target: "b", weight: 1 }], {
      width: 400,
      minHeight: 200,
      maxHeight: 400,
      padding: 20,
    });
    expect(positions.get("a")).not.toEqual(positions.get("b"));
  });
});

describe("filtering the network by period", () => {
  const data = buildNetworkData(parley, "en");

  test("with no period it keeps every pair core's network has", () => {
    expect(filterNetwork(data, null, null).edges).toHaveLength(parley.network().edges.length);
  });

  test("a year keeps the pairs core's network finds for that year, with the same counts", () => {
    const mine = filterNetwork(data, 2023, 2023)
      .edges.map((e) => [e.source.id, e.target.id, e.count].join("|"))
      .sort();
    const core = parley
      .network({ from: "2023", to: "2023" })
      .edges.map((e) => [e.source, e.target, e.count].join("|"))
      .sort();
    expect(mine).toEqual(core);
  });

  test("periods in the address are read as years, and anything else is explained", () => {
    expect(parsePeriod("?from=2018&to=2023", [2014, 2025], notices)).toEqual({ from: 2018, to: 2023, notices: [] });
    expect(parsePeriod("?from=abc", [2014, 2025], notices).notices[0]).toMatch(/not a year/);
    expect(parsePeriod("?from=2024&to=2019", [2014, 2025], notices).notices.join(" ")).toMatch(
      /starts \(2024\) after it ends \(2019\)/,
    );
  });

  test("on the Russian site the address's problems are explained in Russian", () => {
    expect(parsePeriod("?from=abc&to=1900", [2014, 2025], networkText.ru.explorer.notices).notices).toEqual([
      "«abc» — не год, поэтому фильтр «from» не применён.",
      "1900 — за пределами лет с зафиксированными встречами (2014–2025).",
    ]);
  });
});

describe("the network in Vietnamese and Russian", () => {
  const english = buildNetworkData(parley, "en");
  const russian = buildNetworkData(parley, "ru");
  const vietnamese = buildNetworkData(parley, "vi");
  const node = (data: typeof english, id: string) => data.nodes.find((n) => n.id === id)!;

  test("names are in the page's script: Cyrillic on the Russian site, Vietnamese with diacritics on the Vietnamese", () => {
    expect(node(russian, "tran-thanh-man")).toMatchObject({ label: "Чан Тхань Ман" });
    expect(node(russian, "tran-thanh-man").labelLang).toBeUndefined();
    expect(node(russian, "vyacheslav-volodin").label).toBe("Вячеслав Володин");
    expect(node(vietnamese, "tran-thanh-man")).toMatchObject({ label: "Trần Thanh Mẫn" });
    expect(node(vietnamese, "tran-thanh-man").labelLang).toBeUndefined();
    expect(node(english, "tran-thanh-man").label).toBe("Tran Thanh Man");
    expect(english.nodes.some((n) => "labelLang" in n)).toBe(false);
  });

  test("a name with no Russian spelling keeps its Vietnamese original, marked as Vietnamese", () => {
    const original = russian.nodes.find((n) => n.labelLang === "vi");
    expect(original, "the shipped dataset has a Vietnamese person without a sourced Russian spelling").toBeDefined();
    expect(original!.label).toBe(node(vietnamese, original!.id).label);
  });

  test("every language draws the same picture", () => {
    const place = (data: typeof english) => data.nodes.map((n) => [n.id, n.x, n.y, n.side]);
    expect(place(russian)).toEqual(place(english));
    expect(place(vietnamese)).toEqual(place(english));
    expect(russian.edges).toEqual(english.edges);
  });

  test("the Russian page words its counts, legend and table in Russian and links within the Russian site", () => {
    const html = renderToStaticMarkup(
      createElement(LanguageProvider, {
        language: "ru",
        children: createElement(NetworkExplorer, { data: russian, text: networkText.ru.explorer }),
      }),
    );
    const all = filterNetwork(russian, null, null);
    const status = /(\d+) человека? и (\d+) встречавш(?:аяся пара|иеся пары|ихся пар); все годы\./.exec(html);
    expect(status?.slice(1, 3)).toEqual([String(all.nodes.length), String(all.edges.length)]);
    expect(html).toContain('aria-label="Условные обозначения"');
    expect(html).toContain(">Кто с кем встречался: все годы</h2>");
    expect(html).toContain('href="/ru/people/tran-thanh-man/"');
    expect(html).toMatch(/aria-label="Чан Тхань Ман: \d+ собеседник(а|ов)?"/);
    expect(html).toContain(">Чан Тхань Ман</a>");
    expect(html).toMatch(/<span lang="vi">[^<]+<\/span><\/a>/);
    expect(html).not.toMatch(/people and|Legend|Who met whom/);
  });
});
