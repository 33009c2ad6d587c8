import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { exportFiles } from "../../src/export/exportFiles.js";
import { toPopolo, type PopoloExport } from "../../src/export/toPopolo.js";
import { exportText, smallDataset } from "./fixtures.js";
import { popoloFailures, popoloValidators } from "./popoloValidators.js";

describe("popolo.json against the Popolo project's own JSON Schemas", () => {
  test("every object of the shipped popolo.json validates (ajv, with format checks)", () => {
    const popolo = JSON.parse(exportText(exportFiles(dataset), "popolo.json")) as PopoloExport;
    const objects = Object.values(popolo).flat();
    expect(objects.length).toBeGreaterThan(300);
    expect(popoloFailures(popolo)).toEqual([]);
  });

  test("a synthetic dataset's export validates as well", () => {
    expect(popoloFailures(JSON.parse(JSON.stringify(toPopolo(smallDataset(150, 4)))) as PopoloExport)).toEqual([]);
  });

  test("the schemas reject a source link without a URL, so the checks above can fail", () => {
    const { persons, events } = popoloValidators();
    expect(persons({ id: "x", name: "X", sources: [{ note: "a report" }] })).toBe(false);
    expect(events({ id: "e", attendees: [{ id: "x", sources: [{ note: "a report" }] }] })).toBe(false);
    expect(persons({ id: "x", name: "X", sources: [{ url: "https://example.org/", note: "a report" }] })).toBe(true);
  });
});

describe("toPopolo sources without a URL", () => {
  const data = smallDataset(120, 6);
  const event = data.events.find((e) => e.citations.length > 0)!;
  event.date = "2019-05~";
  const cited = data.sources.find((s) => s.id === event.citations[0]!.source)!;
  cited.url = null;
  const out = toPopolo(data).events.find((e) => e.id === event.id)!;

  test("they leave sources, which keeps only links with a URL", () => {
    const links = (out.sources ?? []) as { url?: string; note: string }[];
    expect(links.every((link) => typeof link.url === "string")).toBe(true);
    expect(links.some((link) => link.note.startsWith(cited.title))).toBe(false);
  });

  test("they are named in the object's note, after what the note already said", () => {
    const note = `date: approximate date (EDTF 2019-05~); cited without a URL: ${cited.title}`;
    expect(String(out.note).startsWith(note), String(out.note)).toBe(true);
  });
});
