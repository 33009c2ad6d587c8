import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { detectLanguage } from "../../src/draft/detectLanguage.js";
import { draftFromText } from "./draftShipped.js";
import { findDates } from "../../src/draft/findDates.js";
import { findNames, wordsOf } from "../../src/draft/findNames.js";
import { foldChars } from "../../src/draft/foldChars.js";
import { isCaseForm, cyrillicKey, vietnameseToCyrillic } from "../../src/draft/nameForms.js";
import { readEventKind } from "../../src/draft/readEventKind.js";
import { readInput } from "../../src/draft/readInput.js";
import { recordLexicon } from "../../src/draft/recordLexicon.js";
import { splitSentences } from "../../src/draft/splitSentences.js";

const datesIn = (text: string, lang: "en" | "vi" | "ru", published: string, forward = false) =>
  findDates(text, lang, published, forward).map((d) => [text.slice(d.start, d.end), d.date, d.inferredYear]);

describe("the drafter's steps", () => {
  test("readEventKind gives 'visit' for a visit whose level the article does not state, the level where it does", () => {
    expect(readEventKind("Volodin visits Hanoi", "The Duma chairman arrived in Hanoi on Sunday.")).toBe("visit");
    expect(readEventKind("Volodin to visit Vietnam", "Volodin will pay an official visit to Vietnam.")).toBe(
      "official-visit",
    );
  });

  test("foldChars keeps every offset: the folded text is as long as the text", () => {
    const text = "Vương Đình Huệ и Вячеслав Володин, ёлка";
    expect(foldChars(text)).toHaveLength(text.length);
    expect(foldChars(text)).toBe("vuong dinh hue и вячеслав володин, елка");
  });

  test("detectLanguage tells English, Vietnamese with and without accents, and Russian apart", () => {
    expect(detectLanguage("The two sides held talks in Hanoi on Sunday and agreed to meet again.")).toBe("en");
    expect(detectLanguage("Chủ tịch Quốc hội đã hội đàm với Chủ tịch Duma Quốc gia tại Hà Nội.")).toBe("vi");
    expect(detectLanguage("Chu tich Quoc hoi da hoi dam voi Chu tich Duma Quoc gia tai Ha Noi va cac dai bieu.")).toBe(
      "vi",
    );
    expect(detectLanguage("Председатель Госдумы провёл переговоры в Москве.")).toBe("ru");
    expect(detectLanguage("12345 !!!")).toBeNull();
  });

  test("splitSentences does not split after initials and abbreviations of each language", () => {
    const en = "Mr. Volodin met V.V. Ivanov on Oct. 15. Then he left.";
    expect(splitSentences(en, "en").map((s) => en.slice(s.start, s.end))).toEqual([
      "Mr. Volodin met V.V. Ivanov on Oct. 15.",
      "Then he left.",
    ]);
    const ru = "Визит прошёл 22–23 декабря 2018 г. в Ханое. Это т. н. рабочая поездка.";
    expect(splitSentences(ru, "ru")).toHaveLength(2);
    const vi = "Đoàn đến TP. Hồ Chí Minh ngày 6/4. Hai bên hội đàm.";
    expect(splitSentences(vi, "vi")).toHaveLength(2);
  });

  test("splitSentences numbers paragraphs as citations count them: non-empty lines", () => {
    const text = "Headline\n\nFirst paragraph. Two.\n\n\nSecond paragraph.";
    expect(splitSentences(text, "en").map((s) => s.paragraph)).toEqual([1, 2, 2, 3]);
  });

  test("findDates resolves relative and partial dates against the publication date, at their precision", () => {
    expect(datesIn("He arrived on Sunday afternoon.", "en", "2023-10-16")).toEqual([
      ["on Sunday afternoon", "2023-10-15", false],
    ]);
    expect(datesIn("a visit on September 28–29, made", "en", "2025-09-29")).toEqual([
      ["September 28–29", "2025-09-28/2025-09-29", true],
    ]);
    expect(datesIn("from November 29 to December 2", "en", "2025-12-03")[0]![1]).toBe("2025-11-29/2025-12-02");
    expect(datesIn("He will visit Russia in May.", "en", "2025-04-24")).toEqual([["May", "2025-05", true]]);
    expect(datesIn("Chiều 28/9, tại Nhà Quốc hội", "vi", "2025-09-28")).toEqual([["28/9", "2025-09-28", true]]);
    expect(datesIn("từ ngày 15 đến 16/10/2023", "vi", "2023-10-13")).toEqual([
      ["từ ngày 15 đến 16/10/2023", "2023-10-15/2023-10-16", false],
    ]);
    expect(datesIn("8–11 мая 2025 года", "ru", "2025-05-07")[0]![1]).toBe("2025-05-08/2025-05-11");
    expect(datesIn("Встреча состоялась 6 сентября.", "ru", "2025-09-07")[0]![1]).toBe("2025-09-06");
  });

  test("a preview's bare weekday is the coming one, a report's the last one", () => {
    expect(datesIn("They meet on Friday.", "en", "2025-02-19", true)[0]![1]).toBe("2025-02-21");
    expect(datesIn("They met on Friday.", "en", "2025-02-22")[0]![1]).toBe("2025-02-21");
  });

  test("Russian case forms of names match the record's spellings, generated ones included", () => {
    expect(isCaseForm(cyrillicKey("Путиным"), cyrillicKey("Путин"))).toBe(true);
    expect(isCaseForm(cyrillicKey("Валентиной"), cyrillicKey("Валентина"))).toBe(true);
    expect(isCaseForm(cyrillicKey("Чонгом"), cyrillicKey("Чонг"))).toBe(true);
    expect(vietnameseToCyrillic("Nguyễn Phú Trọng")).toBe("нгуен фу чонг");
    const text = "встретился с Нгуен Фу Чонгом и Валентиной Матвиенко, а также с Данг Минь Кхоем";
    const ids = findNames(text, wordsOf(text), recordLexicon(dataset)).map((n) => n.id);
    expect(ids).toEqual(["nguyen-phu-trong", "valentina-matviyenko", "dang-minh-khoi"]);
  });

  test("Vietnamese names match with and without diacritics; a place named after a person is not the person", () => {
    const text = "Vương Đình Huệ và Vuong Dinh Hue đã đến Lăng Chủ tịch Hồ Chí Minh.";
    const ids = findNames(text, wordsOf(text), recordLexicon(dataset)).map((n) => n.id);
    expect(ids).toEqual(["vuong-dinh-hue", "vuong-dinh-hue"]);
  });

  test("a title without a name resolves to its holder on the event's date, and says so", () => {
    const draft = draftFromText(
      "Председатель Госдумы провёл переговоры\n\nМОСКВА, 9 сентября. /Агентство/. " +
        "Председатель Госдумы в понедельник, 9 сентября, провёл переговоры в Москве.",
      { source: { published: "2024-09-09" } },
    );
    const post = draft.mentions.find((m) => m.kind === "post")!;
    expect(post).toMatchObject({
      id: "chairman-of-the-state-duma",
      holder: "vyacheslav-volodin",
      text: "Председатель Госдумы",
    });
    expect(post.note).toContain("title without a name");
  });

  test("a name the record does not know becomes a new person with the title the article gives", () => {
    const draft = draftFromText(
      "Talks in Hanoi\n\nHANOI, July 6 (Wire) – Russian Foreign Minister Sergey Lavrov held talks with " +
        "Vietnamese Foreign Minister Bui Thanh Son in Hanoi on Wednesday.",
      { source: { published: "2022-07-06" } },
    );
    expect(draft.people.map((p) => p.name)).toEqual(["Bui Thanh Son"]);
    expect(draft.people[0]!.nationality).toEqual(["vn"]);
    expect(draft.mentions.filter((m) => m.kind === "person" && m.id === null).map((m) => m.text)).toEqual([
      "Bui Thanh Son",
    ]);
  });

  test("readInput takes a saved page's main text, title, date, language and canonical URL", () => {
    const body =
      "<p>" + "The two sides held talks in Hanoi on Sunday and agreed to deepen cooperation. ".repeat(6) + "</p>";
    const html = `<!doctype html><html lang="en"><head><title>Talks in Hanoi</title>
      <meta property="article:published_time" content="2023-10-15T10:00:00+07:00">
      <link rel="canonical" href="https://example.org/talks"></head>
      <body><nav>Home | World</nav><article><h1>Talks in Hanoi</h1>${body}${body}</article><footer>© Example</footer></body></html>`;
    const read = readInput(html);
    expect(read).toMatchObject({
      published: "2023-10-15",
      language: "en",
      url: "https://example.org/talks",
      title: "Talks in Hanoi",
    });
    expect(read.text.split("\n\n")[0]).toBe("Talks in Hanoi");
    expect(read.text).not.toContain("Home | World");
  });
});
