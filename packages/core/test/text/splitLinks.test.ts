import { describe, expect, test } from "vitest";
import { plainText } from "../../src/text/plainText.js";
import { splitLinks } from "../../src/text/splitLinks.js";

describe("splitLinks and plainText", () => {
  test("splitLinks gives the plain words and each [visible text](record-id) link, in order", () => {
    expect(splitLinks("Its [site](c13-festival-venue) and [attendance](c13-festival-attendance) vary.")).toEqual([
      { text: "Its " },
      { text: "site", id: "c13-festival-venue" },
      { text: " and " },
      { text: "attendance", id: "c13-festival-attendance" },
      { text: " vary." },
    ]);
    expect(splitLinks("[Volodin](vyacheslav-volodin)")).toEqual([{ text: "Volodin", id: "vyacheslav-volodin" }]);
  });

  test("text that is not a link to a record id stays plain", () => {
    for (const text of ["no links here", "[web](https://example.org)", "[Upper](Not-An-Id)", "a [bracket] (aside)", ""])
      expect(splitLinks(text).every((part) => part.id === undefined)).toBe(true);
    expect(splitLinks("")).toEqual([]);
  });

  test("plainText keeps each link's visible words and drops the markup", () => {
    expect(plainText("see [the disagreement](c8-putin-visit-count).")).toBe("see the disagreement.");
    expect(plainText("[web](https://example.org)")).toBe("[web](https://example.org)");
  });
});
