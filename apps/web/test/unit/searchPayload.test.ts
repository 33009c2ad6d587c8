import { dataset, loadSearchIndex } from "@parley/core";
import { describe, expect, test } from "vitest";
import { asSearchDataset, searchPayload } from "@/search/searchPayload";
import { toSearchResult } from "@/search/toSearchResult";
import { groupResults } from "@/search/SearchPage";

const payload = JSON.parse(JSON.stringify(searchPayload(dataset))) as ReturnType<typeof searchPayload>;
const index = loadSearchIndex(payload.index, asSearchDataset(payload.records));
const search = (q: string) => index.search(q, { limit: 20 }).map(toSearchResult);

describe("the search download", () => {
  test("loads in the browser from names and titles alone, without the rest of the dataset", () => {
    expect(Object.keys(payload)).toEqual(["index", "records"]);
    expect(JSON.stringify(payload.records)).not.toContain("citations");
  });

  test("finds Vương Đình Huệ from “vuong dinh hue” and Volodin from “Володин”", () => {
    expect(search("vuong dinh hue")[0]).toMatchObject({ id: "vuong-dinh-hue", href: "/people/vuong-dinh-hue/", kindLabel: "Person" });
    const volodin = search("Володин")[0];
    expect(volodin).toMatchObject({ id: "vyacheslav-volodin", label: "Vyacheslav Volodin" });
    expect(volodin?.matched).toBe("Вячеслав Володин");
  });

  test("a country opens the timeline filtered to it", () => {
    const hit = search("Russia").find((r) => r.kind === "countries");
    expect(hit?.href).toBe("/timeline/?country=ru");
  });

  test("full results group by kind, people before events", () => {
    const groups = groupResults(search("volodin"));
    expect(groups[0]?.kind).toBe("people");
    expect(groups.map((g) => g.kind)).toContain("events");
  });
});
