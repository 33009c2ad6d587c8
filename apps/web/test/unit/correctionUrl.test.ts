import { describe, expect, test } from "vitest";
import { correctionUrl } from "@/lib/correctionUrl";

const target = {
  kind: "event",
  id: "2023-10-volodin-visit-vietnam",
  label: "Volodin's visit",
  path: "/events/2023-10-volodin-visit-vietnam/",
};

describe("correctionUrl", () => {
  test("opens a prefilled GitHub issue naming the page and record when an issues URL is set", () => {
    const url = new URL(
      correctionUrl(target, { issuesUrl: "https://github.com/example/parley/issues/new", email: "x@example.org" }),
    );
    expect(url.pathname).toBe("/example/parley/issues/new");
    expect(url.searchParams.get("title")).toBe("Correction: Volodin's visit (event 2023-10-volodin-visit-vietnam)");
    expect(url.searchParams.get("body")).toContain("/events/2023-10-volodin-visit-vietnam/");
  });

  test("falls back to a prefilled e-mail", () => {
    const url = correctionUrl(target, { issuesUrl: null, email: "corrections@example.org" });
    expect(url.startsWith("mailto:corrections@example.org?subject=")).toBe(true);
    expect(decodeURIComponent(url)).toContain("Record: event `2023-10-volodin-visit-vietnam`");
  });
});

describe("correctionUrl in another language", () => {
  test("words the request in the page's language and names the page in that language's site", () => {
    const url = new URL(
      correctionUrl(
        { ...target, kind: "событие", label: "Визит Володина", language: "ru" },
        { issuesUrl: "https://github.com/example/parley/issues/new", email: "x@example.org" },
      ),
    );
    expect(url.searchParams.get("title")).toBe("Исправление: Визит Володина (событие 2023-10-volodin-visit-vietnam)");
    const body = url.searchParams.get("body")!;
    expect(body).toContain("/ru/events/2023-10-volodin-visit-vietnam/");
    expect(body).toContain("Что неверно:");
  });
});
