import { describe, expect, test } from "vitest";
import { languages } from "@parley/core/search";
import { siteLanguages } from "@/i18n/localePath";
import { preferredLanguage } from "@/i18n/preferredLanguage";

describe("preferredLanguage", () => {
  test("takes the first of the browser's languages that the site offers, by primary subtag", () => {
    expect(preferredLanguage(["ru-RU", "en-US"])).toBe("ru");
    expect(preferredLanguage(["de-DE", "vi", "ru"])).toBe("vi");
    expect(preferredLanguage(["VI-vn"])).toBe("vi");
  });

  test("an English preference ahead of the others wins", () => {
    expect(preferredLanguage(["en-GB", "ru-RU"])).toBe("en");
  });

  test("gives nothing when the site offers none of them", () => {
    expect(preferredLanguage(["de-DE", "fr"])).toBeUndefined();
    expect(preferredLanguage([])).toBeUndefined();
  });

  test("offers exactly core's languages, English first as the site at the root", () => {
    expect([...siteLanguages].sort()).toEqual([...languages].sort());
    expect(siteLanguages[0]).toBe("en");
  });
});
