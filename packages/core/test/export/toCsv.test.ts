import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { dataset as shipped } from "../../src/dataset.js";
import { csvTable } from "../../src/export/csvTable.js";
import { toCsv } from "../../src/export/toCsv.js";
import { recordKinds, type RecordKind } from "../../src/schema/Dataset.js";
import { smallDataset } from "./fixtures.js";

const escaped = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

function parseBack(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

describe("toCsv", () => {
  const data = smallDataset();

  test.each(recordKinds)("the %s CSV parses back to the same header and rows", (kind: RecordKind) => {
    const { columns, rows } = csvTable(data, kind);
    const parsed = parseBack(toCsv(data, kind));
    expect(parsed[0]).toEqual(columns);
    expect(parsed.slice(1)).toEqual(rows.map((row) => row.map(escaped)));
    expect(parsed).toHaveLength(data[kind].length + 1);
  });

  test("the text starts with a UTF-8 byte-order mark and keeps Vietnamese and Cyrillic intact", () => {
    const text = toCsv(data, "people");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseBack(text);
    const native = parsed[0]!.indexOf("nativeName.name");
    expect(parsed.slice(1).map((r) => r[native])).toContain(
      data.people.find((p) => p.nativeName?.lang === "vi")!.nativeName!.name,
    );
    expect(parsed.slice(1).some((r) => /[А-Яа-я]/u.test(r[native]!))).toBe(true);
  });

  test("a cell starting with =, +, - or @ is escaped against formula injection", () => {
    const risky = structuredClone(data);
    const titles = ['=HYPERLINK("http://evil.example","x")', "+1+2", "-2+3", "@SUM(A1:A2)"];
    titles.forEach((title, i) => (risky.documents[i]!.title = title));
    const parsed = parseBack(toCsv(risky, "documents"));
    const column = parsed[0]!.indexOf("title");
    expect(parsed.slice(1, 5).map((r) => r[column])).toEqual(titles.map((t) => `'${t}`));
  });

  test("cells that hold commas, quotes and line breaks survive the round trip", () => {
    const tricky = structuredClone(data);
    tricky.events[0]!.summary = 'He said "yes, at once",\nthen left;\r\nlater';
    const parsed = parseBack(toCsv(tricky, "events"));
    expect(parsed[1]![parsed[0]!.indexOf("summary")]).toBe(tricky.events[0]!.summary);
  });

  test("each language's texts have columns of their own, read back by a CSV parser", () => {
    const { columns, rows } = csvTable(shipped, "events");
    for (const column of [
      "translations.vi.title",
      "translations.ru.title",
      "translations.vi.summary",
      "translations.ru.summary",
    ])
      expect(columns).toContain(column);
    const parsed = parse(toCsv(shipped, "events"), { columns: true, bom: true }) as Record<string, string>[];
    const event = shipped.events.find((e) => e.translations?.ru)!;
    const row = parsed.find((r) => r["id"] === event.id)!;
    expect(row["translations.ru.title"]).toBe(event.translations!.ru!.title);
    expect(row["translations.vi.title"]).toBe(event.translations!.vi!.title);
    expect(rows).toHaveLength(shipped.events.length);
  });

  test("columns follow the schema's field order, with object fields split into sub-columns", () => {
    const { columns } = csvTable(data, "people");
    expect(columns.slice(0, 4)).toEqual(["id", "name", "nativeName.name", "nativeName.lang"]);
    expect(columns).toContain("birth.date");
    expect(columns.indexOf("birth.date")).toBeLessThan(columns.indexOf("death.date"));
    expect(csvTable(data, "places").columns).toEqual(expect.arrayContaining(["coordinates.lat", "coordinates.lon"]));
  });

  test("participants flatten to person:role:posts and citations to source#paragraph, joined with '; '", () => {
    const event = data.events.find(
      (e) => e.participants.length >= 2 && e.citations.some((c) => c.paragraph !== undefined),
    )!;
    const { columns, rows } = csvTable(data, "events");
    const row = rows[data.events.indexOf(event)]!;
    expect(row[columns.indexOf("participants")]).toBe(
      event.participants.map((p) => `${p.person}:${p.role}:${p.posts.join("+")}`).join("; "),
    );
    expect(row[columns.indexOf("citations")]).toBe(
      event.citations.map((c) => (c.paragraph ? `${c.source}#${c.paragraph}` : c.source)).join("; "),
    );
    expect(row[columns.indexOf("countries")]).toBe(event.countries.join("; "));
  });

  test("an unknown kind is refused with a one-line message", () => {
    expect(() => toCsv(data, "planets" as RecordKind)).toThrow(
      /^unknown kind "planets"; expected one of events, people/,
    );
  });

  test("every kind of the shipped dataset gives parseable CSV with one row per record", () => {
    for (const kind of recordKinds) expect(parseBack(toCsv(shipped, kind))).toHaveLength(shipped[kind].length + 1);
  });
});
