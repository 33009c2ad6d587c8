import anyAscii from "any-ascii";
import { describe, expect, test } from "vitest";
import { tableTransliterator } from "../../src/search/tableTransliterator.js";
import { transliterationTable } from "../../src/search/transliterationTable.js";

describe("transliterationTable and tableTransliterator", () => {
  const transliterate = tableTransliterator(transliterationTable([]));

  test.each(["Вячеслав Володин", "Vương Đình Huệ", "Леонид Слуцкий", "Αθήνα", "Ma\u0302\u0303n", "plain ascii 123"])(
    "transliterate %s as any-ascii does",
    (text) => {
      expect(transliterate(text)).toBe(anyAscii(text));
    },
  );

  test("covers the blocks of the texts it is made from, beyond the usual scripts", () => {
    expect(tableTransliterator(transliterationTable(["北京"]))("北京")).toBe(anyAscii("北京"));
  });

  test("drops characters of blocks the table lacks", () => {
    expect(transliterate("Hà Nội 北京")).toBe("Ha Noi ");
  });

  test("holds only the blocks it needs", () => {
    expect(Object.keys(transliterationTable(["Москва"])).map(Number)).toEqual([
      0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x1e, 0x1f,
    ]);
  });
});
