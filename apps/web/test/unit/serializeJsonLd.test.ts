import { describe, expect, test } from "vitest";
import { serializeJsonLd } from "@/lib/serializeJsonLd";

describe("serializeJsonLd", () => {
  test("a value that tries to close the script element cannot", () => {
    const out = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain("\\u003c/script\\u003e");
  });
  test("ampersands and the two JavaScript line separators are escaped", () => {
    const out = serializeJsonLd({ a: "R&D", b: "x\u2028y\u2029z" });
    expect(out).not.toMatch(/[&\u2028\u2029]/);
  });
  test("the output parses back to the same value", () => {
    const value = { "@type": "Event", name: "Вячеслав Володин & Vương Đình Huệ <talks>", n: [1, 2, null] };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });
});
