import { describe, expect, test } from "vitest";
import { textFragmentUrl } from "../../src/query/textFragmentUrl.js";

const source = { url: "https://example.org/news/article" };

describe("textFragmentUrl", () => {
  test.each([
    ["plain words", "talks in Moscow", "https://example.org/news/article#:~:text=talks%20in%20Moscow"],
    [
      "a hyphen, which encodeURIComponent leaves alone",
      "Vietnam-Russia ties",
      "https://example.org/news/article#:~:text=Vietnam%2DRussia%20ties",
    ],
    [
      "a comma and an ampersand",
      "oil, gas & energy",
      "https://example.org/news/article#:~:text=oil%2C%20gas%20%26%20energy",
    ],
    [
      "Vietnamese diacritics",
      "Vương Đình Huệ",
      "https://example.org/news/article#:~:text=V%C6%B0%C6%A1ng%20%C4%90%C3%ACnh%20Hu%E1%BB%87",
    ],
    [
      "Cyrillic",
      "Вячеслав Володин",
      "https://example.org/news/article#:~:text=" +
        "%D0%92%D1%8F%D1%87%D0%B5%D1%81%D0%BB%D0%B0%D0%B2%20%D0%92%D0%BE%D0%BB%D0%BE%D0%B4%D0%B8%D0%BD",
    ],
    [
      "runs of white space, collapsed",
      "  talks \n in  Moscow ",
      "https://example.org/news/article#:~:text=talks%20in%20Moscow",
    ],
  ])("encodes %s", (_what, fragment, expected) => {
    expect(textFragmentUrl({ fragment }, source)).toBe(expected);
  });

  test("replaces a hash already in the URL", () => {
    expect(textFragmentUrl({ fragment: "talks" }, { url: "https://example.org/a?id=1#section-2" })).toBe(
      "https://example.org/a?id=1#:~:text=talks",
    );
  });

  test("gives the plain URL when the citation has no fragment", () => {
    expect(textFragmentUrl({}, { url: "https://example.org/a#top" })).toBe("https://example.org/a#top");
  });

  test("gives null when the source has no URL", () => {
    expect(textFragmentUrl({ fragment: "talks" }, { url: null })).toBeNull();
  });
});
