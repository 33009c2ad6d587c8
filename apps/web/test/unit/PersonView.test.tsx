import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { LanguageProvider } from "@/i18n/LanguageProvider";
import { organizationJsonLd, personJsonLd } from "@/lib/jsonLd";
import { personPage } from "@/routes/personPage";
import { PersonView } from "@/views/PersonView";

const parley = createParley(dataset);
const volodin = parley.getPerson("vyacheslav-volodin");
if (!volodin.ok) throw new Error(volodin.error.message);
const html = renderToStaticMarkup(<PersonView parley={parley} person={volodin.value} language="en" />);

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
    const data = personJsonLd(parley, volodin.value, "en");
    expect(data["@type"]).toBe("Person");
    expect(data.alternateName).toContain("Вячеслав Володин");
    expect(JSON.stringify(data.hasOccupation)).toContain("Chairman of the State Duma");
    expect(data.birthDate).toBe("1964-02-04");
  });

  test("a chamber is a government organization with its parent", () => {
    const duma = parley.getOrganization("state-duma");
    if (!duma.ok) throw new Error(duma.error.message);
    const data = organizationJsonLd(parley, duma.value, "en");
    expect(data["@type"]).toBe("GovernmentOrganization");
    expect(data.name).toBe("State Duma");
  });
});

describe("PersonView in Vietnamese and Russian", () => {
  const man = parley.getPerson("tran-thanh-man");
  if (!man.ok) throw new Error(man.error.message);
  const renderIn = (language: "vi" | "ru") =>
    renderToStaticMarkup(
      <LanguageProvider language={language}>
        <PersonView parley={parley} person={man.value} language={language} />
      </LanguageProvider>,
    );

  test("a Vietnamese person page gives the name with its diacritics, the Vietnamese summary and Vietnamese words", () => {
    const html = renderIn("vi");
    expect(html).toMatch(/<h1>Trần Thanh Mẫn<\/h1>/);
    expect(html).toContain(man.value.translations!.vi!.summary!);
    expect(html).toContain("12 tháng 8");
    expect(html).toContain('<h2 id="terms">Các chức vụ đã giữ</h2>');
    expect(html).toContain('href="/vi/posts/chairman-of-the-national-assembly-of-vietnam/"');
  });

  test("a Russian person page heads with the Russian spelling and the Vietnamese original beside it", () => {
    const html = renderIn("ru");
    const heading = /<h1>(.*?)<\/h1>/s.exec(html)![1]!;
    expect(heading).toMatch(/^Чан Тхань Ман.*<span class="meta" lang="vi"[^>]*>Trần Thanh Mẫn<\/span>/);
    expect(heading.replace(/<[^>]+>/g, "")).toBe("Чан Тхань Ман (Trần Thanh Mẫn)");
    expect(html).toContain(man.value.translations!.ru!.summary!);
    expect(html).toContain("12 августа 1962 г.");
  });

  test("the page's title for search engines has the name in the page's language and the original beside it", async () => {
    const metadata = await personPage.metadata("ru", { id: "tran-thanh-man" });
    expect(metadata.title).toBe("Чан Тхань Ман (Trần Thanh Mẫn)");
    expect(metadata.description).toBe(man.value.translations!.ru!.summary);
    expect((await personPage.metadata("vi", { id: "tran-thanh-man" })).title).toBe("Trần Thanh Mẫn");
    expect((await personPage.metadata("en", { id: "tran-thanh-man" })).title).toBe("Tran Thanh Man (Trần Thanh Mẫn)");
  });

  test("a person's structured data in Russian names the person in Russian and keeps the other names", () => {
    const data = personJsonLd(parley, man.value, "ru");
    expect(data.name).toBe("Чан Тхань Ман");
    expect(data.alternateName).toEqual(expect.arrayContaining(["Tran Thanh Man", "Trần Thanh Mẫn"]));
    expect(JSON.stringify(data.hasOccupation)).toContain("Председатель Национального собрания Вьетнама");
  });
});
