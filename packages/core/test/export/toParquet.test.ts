import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { exportFiles } from "../../src/export/exportFiles.js";
import { toParquet } from "../../src/export/toParquet.js";
import { smallDataset } from "./fixtures.js";

type Row = Record<string, unknown>;

/** Citations anywhere in the data, counted by walking every array under a `citations` key. */
function countCitations(value: unknown, key?: string): number {
  if (Array.isArray(value))
    return (key === "citations" ? value.length : 0) + value.reduce((n: number, v) => n + countCitations(v), 0);
  if (typeof value === "object" && value !== null)
    return Object.entries(value).reduce((n, [k, v]) => n + countCitations(v, k), 0);
  return 0;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the Parquet tables, read back by hyparquet", () => {
  const written = exportFiles(dataset).filter((f) => f.path.endsWith(".parquet"));
  const files = new Map(written.map((f) => [f.path, (f.content as Uint8Array<ArrayBuffer>).slice().buffer]));
  const tables = new Map<string, Row[]>();
  const read = async (name: string): Promise<Row[]> => {
    if (!tables.has(name)) tables.set(name, await parquetReadObjects({ file: files.get(`parquet/${name}.parquet`)! }));
    return tables.get(name)!;
  };

  test("the build writes events, participants, memberships and citations under parquet/", () => {
    expect([...files.keys()]).toEqual([
      "parquet/events.parquet",
      "parquet/participants.parquet",
      "parquet/memberships.parquet",
      "parquet/citations.parquet",
    ]);
  });

  test("each table has one row per event, participant, membership and citation of the dataset", async () => {
    expect((await read("events")).length).toBe(dataset.events.length);
    expect((await read("participants")).length).toBe(dataset.events.reduce((n, e) => n + e.participants.length, 0));
    expect((await read("memberships")).length).toBe(dataset.memberships.length);
    expect((await read("citations")).length).toBe(countCitations(JSON.parse(JSON.stringify(dataset))));
    expect((await read("events")).map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
  });

  test("Volodin's October 2023 visit reads back with its EDTF date, its days as DATEs and its countries", async () => {
    const visit = (await read("events")).find((e) => e.id === "2023-10-volodin-visit-vietnam")!;
    const record = dataset.events.find((e) => e.id === "2023-10-volodin-visit-vietnam")!;
    expect(visit).toMatchObject({
      title: record.title,
      kind: record.kind,
      date: "2023-10-15/2023-10-16",
      earliest: day("2023-10-15"),
      latest: day("2023-10-16"),
      precision: "day",
      status: "took-place",
      countries: [...record.countries],
      summary: record.summary,
    });
  });

  test("an event known only to the month keeps that date and spans the month, never an invented day", async () => {
    const record = dataset.events.find((e) => /^\d{4}-\d{2}$/.test(e.date))!;
    const row = (await read("events")).find((e) => e.id === record.id)!;
    const [year, month] = record.date.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    expect(row).toMatchObject({ date: record.date, precision: "month", earliest: day(`${record.date}-01`) });
    expect(row.latest).toEqual(day(last));
  });

  test("participants carry their posts as a list, empty where the sources name no post", async () => {
    const rows = await read("participants");
    const expected = dataset.events.flatMap((e) =>
      e.participants.map((p) => ({ event: e.id, person: p.person, role: p.role, posts: p.posts })),
    );
    expect(rows.map(({ event, person, role, posts }) => ({ event, person, role, posts }))).toEqual(expected);
    expect(rows.some((r) => (r.posts as string[]).length === 0 && r.capacity !== null)).toBe(true);
  });

  test("memberships read back with the post's organization, the acting flag and nulls for what is unknown", async () => {
    const rows = await read("memberships");
    for (const m of dataset.memberships) {
      const row = rows.find((r) => r.id === m.id)!;
      const post = dataset.posts.find((p) => p.id === m.post)!;
      expect(row, m.id).toMatchObject({
        person: m.person,
        post: m.post,
        organization: post.organization,
        acting: m.acting,
        start: m.start ?? null,
        end: m.end ?? null,
      });
    }
    expect(rows.some((r) => r.acting === true)).toBe(true);
  });

  test("a citation with a fragment links to the cited words, and names the record and field it backs", async () => {
    const rows = await read("citations");
    const event = dataset.events.find((e) => e.participants.some((p) => p.citations.some((c) => c.fragment)))!;
    const index = event.participants.findIndex((p) => p.citations.some((c) => c.fragment));
    const citation = event.participants[index]!.citations.find((c) => c.fragment)!;
    const row = rows.find(
      (r) => r.record === event.id && r.field === `participants.${index}.citations` && r.fragment === citation.fragment,
    )!;
    expect(row).toMatchObject({ record_kind: "events", source: citation.source });
    expect(row.url).toMatch(/#:~:text=/);
  });

  test("every file carries the dataset's version, citation and licence as key-value metadata", () => {
    for (const [path, file] of files) {
      const metadata = Object.fromEntries(parquetMetadata(file).key_value_metadata!.map((kv) => [kv.key, kv.value]));
      expect(metadata, path).toEqual({
        "parley.version": dataset.version,
        "parley.citation": dataset.citation,
        "parley.license": dataset.license,
      });
    }
  });

  test("the same data gives the same bytes", () => {
    const data = smallDataset(60, 8);
    expect(toParquet(data).map((f) => f.bytes)).toEqual(toParquet(structuredClone(data)).map((f) => f.bytes));
  });
});
