// The built `parley` command, run as a process with pipes (so no terminal): exit codes, stdout, stderr.
import { execFile } from "node:child_process";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { generateDataset } from "@parley/core/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { appRoot, brokenDataset, cliPath, runBuilt, shippedCopy, tempDir, writeJson } from "./helpers.js";

const mini = join(appRoot, "test", "fixtures", "mini.json");
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[/u;

let dir: string;
let broken: string;
beforeAll(() => {
  dir = tempDir();
  broken = writeJson(dir, "broken.json", brokenDataset());
});

describe("parley (no command, no terminal)", () => {
  it("prints a short summary of the dataset and exits 0", async () => {
    const r = await runBuilt(["--data", mini]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 events, 2 people");
    expect(r.stdout).toContain("parley --help");
    expect(r.stderr).toBe("");
  });

  it("reports a dataset's issues grouped by record, one line each, and exits 1", async () => {
    const r = await runBuilt(["--data", broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    const header = lines.findIndex((l) => /^events \S+/.test(l) && !l.startsWith(" "));
    expect(header).toBeGreaterThanOrEqual(0);
    expect(r.stderr).toMatch(/\n {2}ref\.unknown {2}\$\.events\[0\]\.place {2}"atlantis" is not the id of any place\n/);
    expect(lines.at(-1)).toMatch(/broken\.json: \d+ issues in \d+ records$/);
  });

  it("reads a data folder laid out like core's, as it reads a file", async () => {
    const folder = join(appRoot, "..", "..", "packages", "core", "data");
    const r = await runBuilt(["--data", folder, "show", "vyacheslav-volodin", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).record.id).toBe("vyacheslav-volodin");
    const checked = await runBuilt(["validate", folder]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/: valid, \d+ records/);
  });

  it("names a folder without dataset files in one line and exits 2", async () => {
    const empty = tempDir();
    const r = await runBuilt(["--data", empty, "events"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: cannot read ${empty}: a folder without dataset files (meta.json, people.json, events.json, …)\n`,
    );
  });

  it("names an unreadable dataset file in one line and exits 2", async () => {
    const r = await runBuilt(["--data", join(dir, "missing.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: cannot read ${join(dir, "missing.json")}: no such file\n`);
    const ru = await runBuilt(["--data", join(dir, "missing.json"), "--lang", "ru", "events"]);
    expect(ru.stderr).toBe(`ошибка: не удаётся прочитать ${join(dir, "missing.json")}: такого файла нет\n`);
    const vi = await runBuilt(["--lang", "vi", "draft", "/no/such/article.txt"]);
    expect(vi.stderr).toBe("lỗi: không đọc được /no/such/article.txt: không có tệp này\n");
  });
});

describe("help, version and usage errors", () => {
  it("prints help and the version", async () => {
    const help = await runBuilt(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["events", "show", "search", "export", "validate"]) expect(help.stdout).toContain(command);
    const sub = await runBuilt(["export", "--help"]);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain("--format <format>");
    const version = await runBuilt(["--version"]);
    expect(version).toEqual({
      code: 0,
      stdout: `${JSON.parse(readFileSync(join(appRoot, "package.json"), "utf8")).version}\n`,
      stderr: "",
    });
  });

  it.each([
    [["frobnicate"], /^error: unknown command 'frobnicate'/],
    [["events", "--bogus"], /^error: unknown option '--bogus'/],
    [["events", "--kind", "nonsense"], /^error: option '--kind <kind>' argument 'nonsense' is invalid/],
    [["events", "--from", "notadate"], /^error: option '--from <date>' argument 'notadate' is invalid/],
    [["events", "--person", "nobody"], /^error: no person with id "nobody"/],
    [["events", "--person", "hanoi"], /^error: "hanoi" is a place, not a person/],
    [["show", "no-such-record"], /^error: no record with id "no-such-record"/],
    [["show"], /^error: missing required argument 'id'/],
    [["search", "x", "--kind", "nonsense"], /^error: option '--kind <kind>' argument 'nonsense' is invalid/],
    [["export"], /^error: required option '--format <format>' not specified/],
    [["export", "--format", "xml"], /^error: option '--format <format>' argument 'xml' is invalid/],
    [["export", "--format", "csv"], /^error: --format csv needs --kind/],
    [["validate", "/no/such/file.json"], /^error: cannot read \/no\/such\/file\.json: no such file/],
  ])("%j gives one line on stderr and exit 2", async (args, message) => {
    const r = await runBuilt(["--data", mini, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("parley events", () => {
  it("lists events in date order, tab-separated, without colour", async () => {
    const r = await runBuilt(["--data", mini, "events"], { env: { FORCE_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout.trimEnd().split("\n")).toEqual([
      "2023-10-15/2023-10-16\t2023-10-petrov-visit\tofficial-visit\tPetrov's official visit to Vietnam",
      "2023-10-16\t2023-10-16-petrov-an-talks\ttalks\tTalks between Petrov and An",
      "2024\t2024-petrov-an-call\tphone-call\tPhone call between Petrov and An",
    ]);
  });

  it("filters by date, kind, person and topic", async () => {
    const ids = async (...args: string[]) =>
      (await runBuilt(["--data", mini, "events", ...args])).stdout
        .trimEnd()
        .split("\n")
        .map((l) => l.split("\t")[1]);
    expect(await ids("--from", "2024")).toEqual(["2024-petrov-an-call"]);
    expect(await ids("--to", "2023-10-15")).toEqual(["2023-10-petrov-visit"]);
    expect(await ids("--kind", "talks")).toEqual(["2023-10-16-petrov-an-talks"]);
    expect(await ids("--person", "nguyen-van-an", "--from", "2023-10-16", "--to", "2023-12")).toEqual([
      "2023-10-petrov-visit",
      "2023-10-16-petrov-an-talks",
    ]);
    expect(await ids("--topic", "energy")).toEqual(["2023-10-petrov-visit", "2023-10-16-petrov-an-talks"]);
  });

  it("prints valid JSON and nothing else with --json", async () => {
    const r = await runBuilt(["--data", mini, "events", "--json", "--kind", "phone-call"]);
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout) as { id: string; date: string }[];
    expect(events.map((e) => [e.id, e.date])).toEqual([["2024-petrov-an-call", "2024"]]);
  });

  it("prints on the shipped dataset exactly what JSON.stringify makes of the timeline", async () => {
    const r = await runBuilt(["events", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(core.createParley(dataset).timeline())}\n`);
    const plain = await runBuilt(["events"]);
    expect(
      plain.stdout
        .trimEnd()
        .split("\n")
        .map((l) => l.split("\t")[1]),
    ).toEqual(
      core
        .createParley(dataset)
        .timeline()
        .map((e) => e.id),
    );
  });

  it("stops quietly with exit 0 when the reader closes the pipe early", async () => {
    const big = join(dir, "big.json");
    writeFileSync(big, JSON.stringify(generateDataset({ events: 3000, seed: 3 })));
    const r = await new Promise<{ stdout: string; stderr: string; status: string }>((resolve) => {
      const script = 'node "$0" --data "$1" events --json | head -c 100; echo "${PIPESTATUS[0]}" >&2';
      execFile(
        "bash",
        ["-c", script, cliPath, big],
        { env: { ...process.env, XDG_CACHE_HOME: dir } },
        (_error, stdout, stderr) =>
          resolve({ stdout, stderr: stderr.trim(), status: stderr.trim().split("\n").at(-1) ?? "" }),
      );
    });
    expect(r.stdout).toHaveLength(100);
    expect(r.stdout.startsWith('[{"id":')).toBe(true);
    expect(r.stderr).toBe("0");
  });
});

describe("parley show", () => {
  it("shows an event with dates at their precision, plans, children, participants, disagreements and citations", async () => {
    const r = await runBuilt(["--data", mini, "show", "2023-10-petrov-visit"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Official visit · 15–16 Oct 2023 · Took place");
    expect(r.stdout).toContain("earlier planned for Jun 2023: postponed");
    expect(r.stdout).toContain("16 Oct 2023  Talks between Petrov and An  [2023-10-16-petrov-an-talks]");
    expect(r.stdout).toContain(
      "Ivan Petrov — Guest  [ivan-petrov]\n  as Speaker of the Example Chamber  [speaker-of-example-chamber]",
    );
    expect(r.stdout).toContain("★ preferred: began 15 October 2023 (15 Oct 2023)");
    expect(r.stdout).toContain("Why preferred: The arrival report is dated the day of arrival.");
    expect(r.stdout).toContain("cited words: https://example.org/news/1#:~:text=arrived%20in%20Hanoi");
  });

  it("shows a person's names in every script with sources, offices and counterparts", async () => {
    const r = await runBuilt(["--data", mini, "show", "ivan-petrov"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Иван Петров  (ru, native)\n  source: Speaker arrives in Hanoi  [example-news-1]");
    expect(r.stdout).toContain("Ivan Petroff  (en, spelling)\n  source: Visit postponed  [example-news-2]");
    expect(r.stdout).toContain(
      "Speaker of the Example Chamber  [speaker-of-example-chamber]\n  Oct 2016 – no end recorded (elected)",
    );
    expect(r.stdout).toContain("Nguyen Van An — 3 events  [nguyen-van-an]");
  });

  it("shows a source with every record citing it and an unknown date as 'on or before'", async () => {
    const r = await runBuilt(["--data", mini, "show", "example-news-2"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Published: on or before 30 Jun 2023");
    expect(r.stdout).toMatch(/Records citing it \(\d+\)\n/);
    expect(r.stdout).toContain("Person: Ivan Petrov  [ivan-petrov]");
  });

  it("prints the record and its lines as JSON", async () => {
    const r = await runBuilt(["--data", mini, "show", "hanoi", "--json"]);
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout) as {
      kind: string;
      record: { name: string };
      lines: { type: string; id?: string }[];
    };
    expect(shown.kind).toBe("places");
    expect(shown.record.name).toBe("Hanoi");
    expect(shown.lines.filter((l) => l.type === "link").map((l) => l.id)).toContain("2023-10-petrov-visit");
  });
});

describe("parley validate", () => {
  it("always validates, and remembers a clean verdict so the next --data open of the same bytes skips validation", async () => {
    const env = { XDG_CACHE_HOME: tempDir(), PARLEY_PROFILE: "1" };
    const first = await runBuilt(["validate", mini], { env });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("parley-profile validated");
    expect((await runBuilt(["validate", mini], { env })).stderr).toContain("parley-profile validated");
    const open = await runBuilt(["--data", mini, "events"], { env });
    expect(open.code).toBe(0);
    expect(open.stderr).not.toContain("parley-profile validated");
  });

  it("exits 0 for a clean file", async () => {
    const r = await runBuilt(["validate", mini]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/mini\.json: valid, 20 records/);
  });

  it("groups issues by record with code, path and message, and exits 1", async () => {
    const r = await runBuilt(["validate", broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '\n  ref.unknown  $.events[0].participants[0].person  "nobody-at-all" is not the id of any person\n',
    );
    expect(r.stdout).toMatch(
      /events 2023-10-15-volodin-arrives-in-hanoi\n {2}shape\.format {2}\$\.events\[1\]\.date {2}/,
    );
  });

  it("prints JSON with --json", async () => {
    const r = await runBuilt(["validate", broken, "--json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; path: string }[] };
    expect(report.ok).toBe(false);
    expect(report.issues).toContainEqual({
      code: "ref.unknown",
      layer: "references",
      path: "$.events[0].place",
      id: expect.any(String),
      message: '"atlantis" is not the id of any place',
      detail: { key: "id-unknown", target: "atlantis", expected: ["places"] },
      messages: {
        en: '"atlantis" is not the id of any place',
        vi: '"atlantis" không phải id của địa điểm nào',
        ru: "«atlantis» не является id ни одной записи типа «место»",
      },
    });
  });

  it("says in one line when the file is not JSON, exit 2", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const r = await runBuilt(["validate", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: .*bad\.json is not valid JSON: .*\n$/);
  });
});

describe("parley search", () => {
  it("finds a person by a spelling in another script, grouped by kind", async () => {
    const r = await runBuilt(["--data", mini, "search", "Петров"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^people\tivan-petrov\tIvan Petrov/);
  });

  it("finds statements, terms of office and disagreements by what they say, with --kind in either number", async () => {
    const statements = await runBuilt(["search", "volodin", "--kind", "statement"]);
    expect(statements.code).toBe(0);
    const lines = statements.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith("statements\t"))).toBe(true);
    expect(lines[0]).toMatch(/^statements\t\S+\tVyacheslav Volodin: /);
    const terms = await runBuilt(["search", "volodin", "--kind", "memberships", "--json"]);
    const hits = JSON.parse(terms.stdout) as { kind: string; label: string; parent?: { kind: string; id: string } }[];
    expect(hits[0]).toMatchObject({ kind: "memberships", parent: { kind: "people", id: "vyacheslav-volodin" } });
    expect(hits[0]!.label).toMatch(/^Vyacheslav Volodin, Chairman of the State Duma \(\d{4}–/);
    const disagreements = await runBuilt(["--data", mini, "search", "visit begin", "--kind", "disagreements"]);
    expect(disagreements.stdout).toBe("disagreements\tpetrov-visit-start\tWhen did the visit begin?\n");
  });

  it("searches the shipped dataset with the index saved at build time: the same hits as one built from its files", async () => {
    const data = join(appRoot, "..", "..", "packages", "core", "data");
    for (const query of ["Володин", "Vương Đình Huệ", "putin", "hà nội", "Quốc hội"]) {
      const saved = await runBuilt(["search", query, "--json", "--limit", "20"], { env: { NODE_DEBUG: "module" } });
      const built = await runBuilt(["--data", data, "search", query, "--json", "--limit", "20"]);
      expect(saved.code).toBe(0);
      expect(JSON.parse(saved.stdout)).not.toEqual([]);
      expect(JSON.parse(saved.stdout), query).toEqual(JSON.parse(built.stdout));
      expect(saved.stderr, "no transliteration tables: the saved index carries its own").not.toMatch(/any-ascii\.cjs/);
    }
  });

  it("loads the shipped records only for commands that read them, never for --help, the schema or given files", async () => {
    const env = { PARLEY_PROFILE: "1" };
    const loads = async (args: string[]) =>
      (await runBuilt(args, { env })).stderr.includes("parley-profile shipped-loaded");
    expect(await loads(["events", "--limit", "1"])).toBe(true);
    expect(await loads(["show", "vyacheslav-volodin"])).toBe(true);
    expect(await loads(["--help"])).toBe(false);
    expect(await loads(["export", "--format", "schema"])).toBe(false);
    expect(await loads(["validate", mini])).toBe(false);
    expect(await loads(["diff", mini, mini])).toBe(false);
    expect(await loads(["--data", mini, "events"])).toBe(false);
  });

  it("builds the index itself when the saved one cannot be read", async () => {
    const copy = join(tempDir(), "dist");
    cpSync(join(appRoot, "dist"), copy, { recursive: true });
    writeFileSync(join(copy, "search-index.json"), "{ not an index");
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, [join(copy, "cli.js"), "search", "Володин", "--limit", "1"], (error, stdout, stderr) =>
        resolve({ code: error ? 1 : 0, stdout, stderr }),
      ),
    );
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/^people\tvyacheslav-volodin\t/);
  });

  it("loads the transliteration tables when it builds an index, and commands that do not search never do", async () => {
    const loadsTables = (stderr: string) => /load "[^"]*any-ascii\.cjs"/.test(stderr);
    const search = await runBuilt(["--data", mini, "search", "Петров"], { env: { NODE_DEBUG: "module" } });
    expect(search.stdout).toMatch(/^people\tivan-petrov\t/);
    expect(loadsTables(search.stderr)).toBe(true);
    const events = await runBuilt(["events", "--limit", "1"], { env: { NODE_DEBUG: "module" } });
    expect(events.code).toBe(0);
    expect(loadsTables(events.stderr)).toBe(false);
  });

  it("ignores accents and can keep to one kind, with --json", async () => {
    const r = await runBuilt(["--data", mini, "search", "ha noi", "--kind", "place", "--json"]);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as { kind: string; id: string }[];
    expect(hits[0]).toMatchObject({ kind: "places", id: "hanoi" });
    expect(hits.every((h) => h.kind === "places")).toBe(true);
  });
});

describe("parley export", () => {
  it("writes JSON to stdout", async () => {
    const r = await runBuilt(["--data", mini, "export", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: "0.0.1" });
  });

  it("writes one kind as CSV to a file with --out", async () => {
    const out = join(dir, "people.csv");
    const r = await runBuilt(["--data", mini, "export", "--format", "csv", "--kind", "people", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toContain("ivan-petrov");
  });

  it("leaves an existing file untouched when the export fails while writing", async () => {
    const out = join(dir, "keep.json");
    writeFileSync(out, '{"good":true}\n');
    // A file-size limit of one block makes the write of the temporary file fail part-way (EFBIG).
    const r = await runBuilt(["--data", mini, "export", "--format", "json", "--out", out], { shell: "ulimit -f 1" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: cannot write .*keep\.json: the file is too large \(EFBIG\)$/m);
    expect(readFileSync(out, "utf8")).toBe('{"good":true}\n');
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes iCalendar, saying on stderr which events a calendar cannot hold", async () => {
    const r = await runBuilt(["--data", mini, "export", "--format", "ics"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(r.stdout).toContain("Petrov's official visit to Vietnam");
    expect(r.stderr).toBe("ics: 1 event left out of the calendar (e.g. 2024-petrov-an-call: known only to the year)\n");
  });

  it("writes PLOVER JSON Lines, Popolo, the JSON Schema, and one kind as JSON", async () => {
    const jsonl = await runBuilt(["--data", mini, "export", "--format", "jsonl"]);
    const lines = jsonl.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string });
    expect(lines.map((l) => l.id)).toContain("2023-10-petrov-visit");
    const popolo = JSON.parse((await runBuilt(["--data", mini, "export", "--format", "popolo"])).stdout) as {
      persons: { id: string }[];
    };
    expect(popolo.persons.map((p) => p.id)).toEqual(expect.arrayContaining(["ivan-petrov", "nguyen-van-an"]));
    const schema = JSON.parse((await runBuilt(["export", "--format", "schema"])).stdout) as { $schema: string };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    const places = JSON.parse(
      (await runBuilt(["--data", mini, "export", "--format", "json", "--kind", "place"])).stdout,
    ) as { id: string }[];
    expect(places.map((p) => p.id)).toEqual(["hanoi"]);
  });

  it("refuses --kind with formats of fixed content", async () => {
    const r = await runBuilt(["--data", mini, "export", "--format", "popolo", "--kind", "people"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: --kind applies to --format csv and json only; popolo has a fixed content\n");
  });
});

describe("parley in Vietnamese and Russian", () => {
  it("--lang ru summary prints the summary in Russian, counts and dates included", async () => {
    const r = await runBuilt(["--data", mini, "--lang", "ru", "summary"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("Parley: вьетнамско-российские отношения, набор данных 0.0.1");
    expect(r.stdout).toContain("3 события, 2 персоны, 3 организации, 0 документов, 3 источника");
    expect(r.stdout).toContain("события: 15 окт. 2023 г. – 31 дек. 2024 г.");
    // The flag beats the environment; without either, English.
    const english = await runBuilt(["--data", mini, "summary", "--lang", "en"], { env: { LANG: "ru_RU.UTF-8" } });
    expect(english.stdout).toContain("3 events, 2 people");
    expect((await runBuilt(["--data", mini, "summary"])).stdout).toBe(english.stdout);
  });

  it("validate --lang ru words each issue in Russian, with the values core found", async () => {
    const r = await runBuilt(["validate", broken, "--lang", "ru"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "\n  ref.unknown  $.events[0].participants[0].person  «nobody-at-all» не является id ни одной записи типа " +
        "«персона»\n",
    );
    expect(r.stdout).not.toMatch(/по-английски|is not the id/u);
    const vi = await runBuilt(["validate", broken, "--json", "--lang", "vi"]);
    expect(vi.stdout, "--json stays the same in every language").toBe(
      (await runBuilt(["validate", broken, "--json"])).stdout,
    );
  });

  it("LANG=vi_VN.UTF-8 events --limit 3 lists the first three, codes as in every language, titles in Vietnamese", async () => {
    const vi = await runBuilt(["events", "--limit", "3"], { env: { LANG: "vi_VN.UTF-8" } });
    expect(vi.code).toBe(0);
    const lines = vi.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const timeline = core.createParley(dataset).timeline().slice(0, 3);
    expect(lines.map((l) => l.split("\t"))).toEqual(
      timeline.map((e) => [e.date, e.id, e.kind, e.translations!.vi!.title]),
    );
    const english = (await runBuilt(["events", "--limit", "3"])).stdout.trimEnd().split("\n");
    expect(english.map((l) => l.split("\t").slice(0, 3))).toEqual(lines.map((l) => l.split("\t").slice(0, 3)));
    expect(english.map((l) => l.split("\t")[3])).toEqual(timeline.map((e) => e.title));
    // What the environment chose shows in messages: a refused value, in Vietnamese.
    const zero = await runBuilt(["events", "--limit", "0"], { env: { LANG: "vi_VN.UTF-8" } });
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe("lỗi: giá trị '0' của tùy chọn '--limit <n>' không hợp lệ. không phải số nguyên dương\n");
  });

  it.each([
    [["--lang", "ru", "show", "no-such-record"], 'ошибка: нет записи с id "no-such-record"\n'],
    [["--lang", "ru", "events", "--person", "hanoi"], 'ошибка: "hanoi" — это место, а не персона\n'],
    [["--lang", "ru", "events", "--bogus"], "ошибка: неизвестный параметр '--bogus'\n"],
    [["--lang", "ru", "export"], "ошибка: не указан обязательный параметр '--format <format>'\n"],
    [
      ["--lang", "ru", "export", "--format", "csv"],
      "ошибка: для --format csv нужен --kind (CSV-файл содержит один вид записей), например --kind events\n",
    ],
    [
      ["--lang", "ru", "frobnicate"],
      "ошибка: неизвестная команда 'frobnicate' " +
        "(команды: events, show, search, export, summary, validate, draft, apply, diff; см. parley --help)\n",
    ],
    [["--lang", "vi", "show", "no-such-record"], 'lỗi: không có bản ghi nào với id "no-such-record"\n'],
    [
      ["--lang", "ru", "export", "--format", "json", "--out", "/no/such/folder/x.json"],
      "ошибка: не удаётся записать /no/such/folder/x.json: нет такого файла или папки (ENOENT)\n",
    ],
  ])("%j says what is wrong in one line in that language, exit 2", async (args, message) => {
    const r = await runBuilt(["--data", mini, ...args]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: message });
  });

  it("refuses an unknown --lang in one line, in the environment's language, exit 2", async () => {
    expect(await runBuilt(["--lang", "fr", "summary"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: unknown language 'fr' for --lang; use en, vi or ru\n",
    });
    expect(await runBuilt(["--lang=de", "events"], { env: { LC_ALL: "ru_RU.UTF-8" } })).toEqual({
      code: 2,
      stdout: "",
      stderr: "ошибка: неизвестный язык 'de' для --lang; используйте en, vi или ru\n",
    });
  });

  it("leaves draft's own --lang to the article, after the command", async () => {
    const r = await runBuilt(["--lang", "ru", "draft", "-", "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "ошибка: недопустимое значение 'fr' параметра '--lang <lang>'. Допустимые значения: en, vi, ru.\n",
    );
  });

  it("gives --help in the language, and lists --lang in every language", async () => {
    const ru = await runBuilt(["--lang", "ru", "--help"]);
    expect(ru.code).toBe(0);
    expect(ru.stdout).toMatch(/^Использование: parley \[options\] \[command\]/);
    expect(ru.stdout).toMatch(/Параметры:\n/);
    expect(ru.stdout).toMatch(/Команды:\n/);
    expect(ru.stdout).toMatch(/--lang <lang> +язык интерфейса: en, vi или ru/);
    const vi = await runBuilt(["events", "--help"], { env: { LANG: "vi_VN.UTF-8" } });
    expect(vi.stdout).toContain("Cách dùng: parley events [options]");
    expect(vi.stdout).toMatch(/--kind <kind> +chỉ loại sự kiện này \(lựa chọn: "state-visit",/);
    const en = await runBuilt(["--help"]);
    expect(en.stdout).toMatch(/^Usage: parley \[options\] \[command\]/);
    expect(en.stdout).toMatch(/--lang <lang> +language of the interface: en, vi or ru/);
  });

  it("--lang ru events lists every title in Russian, in Cyrillic", async () => {
    const r = await runBuilt(["--lang", "ru", "events"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const lines = r.stdout.trimEnd().split("\n");
    const timeline = core.createParley(dataset).timeline();
    expect(lines).toHaveLength(timeline.length);
    for (const [i, line] of lines.entries()) {
      const title = line.split("\t")[3]!;
      expect(title).toBe(timeline[i]!.translations!.ru!.title.replace(/\s+/gu, " "));
      expect(title).toMatch(/[А-ЯЁа-яё]/u);
    }
    expect(r.stdout).not.toContain("по-английски");
  });

  it("show <event> --lang vi shows its title and summary in Vietnamese, and the names of its people", async () => {
    const id = "2023-10-16-trong-receives-volodin";
    const event = dataset.events.find((e) => e.id === id)!;
    const r = await runBuilt(["show", id, "--lang", "vi"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(event.translations!.vi!.title);
    expect(lines).toContain(core.plainText(event.translations!.vi!.summary));
    expect(r.stdout).not.toContain(core.plainText(event.summary));
    expect(r.stdout).toMatch(/^Nguyễn Phú Trọng — .+ {2}\[nguyen-phu-trong\]$/mu);
    expect(r.stdout).not.toContain("(tiếng Anh)");
    const ru = await runBuilt(["show", id, "--lang", "ru"]);
    expect(ru.stdout.split("\n")[0]).toBe(event.translations!.ru!.title);
    expect(ru.stdout).toMatch(/^Нгуен Фу Чонг — .+ {2}\[nguyen-phu-trong\]$/mu);
  });

  describe("with a translation missing (a copy of the shipped dataset)", () => {
    const id = "2023-10-volodin-visit-vietnam";
    const event = dataset.events.find((e) => e.id === id)!;
    let partial: string;
    beforeAll(() => {
      const copy = shippedCopy() as { events: { id: string; translations?: { ru?: unknown } }[] };
      delete copy.events.find((e) => e.id === id)!.translations!.ru;
      partial = writeJson(dir, "no-russian.json", copy);
    });

    it("events and show give the English, marked, where Russian is missing", async () => {
      const events = await runBuilt(["--data", partial, "--lang", "ru", "events", "--person", "vyacheslav-volodin"]);
      expect(events).toMatchObject({ code: 0, stderr: "" });
      const line = events.stdout.split("\n").find((l) => l.includes(`\t${id}\t`));
      expect(line).toBe(`${event.date}\t${id}\t${event.kind}\t${event.title} (по-английски)`);
      expect(events.stdout.match(/по-английски/gu)).toHaveLength(1);

      const show = await runBuilt(["--data", partial, "--lang", "ru", "show", id]);
      expect(show).toMatchObject({ code: 0, stderr: "" });
      const lines = show.stdout.split("\n");
      expect(lines[0]).toBe(`${event.title} (по-английски)`);
      expect(lines).toContain(`${core.plainText(event.summary)} (по-английски)`);
      // A page that links it marks its title there too.
      const child = await runBuilt(["--data", partial, "--lang", "ru", "show", "2023-10-16-trong-receives-volodin"]);
      expect(child.stdout).toContain(`${event.title} (по-английски)  [${id}]`);
      // Vietnamese still has its translation.
      const vi = await runBuilt(["--data", partial, "--lang", "vi", "show", id]);
      expect(vi.stdout.split("\n")[0]).toBe(event.translations!.vi!.title);
      expect(vi.stdout).not.toContain("tiếng Anh");
    });

    it("search marks it too, and --json stays the same in every language", async () => {
      const search = await runBuilt(["--data", partial, "--lang", "ru", "search", "volodin", "--kind", "events"]);
      expect(search.stdout).toContain(`events\t${id}\t${event.title} (по-английски)\n`);
      for (const args of [
        ["show", id, "--json"],
        ["events", "--json", "--limit", "20"],
        ["search", "volodin", "--json"],
      ]) {
        const [en, vi, ru] = await Promise.all(
          ["en", "vi", "ru"].map((lang) => runBuilt(["--data", partial, "--lang", lang, ...args])),
        );
        expect(en!.code).toBe(0);
        expect(vi!.stdout, args.join(" ")).toBe(en!.stdout);
        expect(ru!.stdout, args.join(" ")).toBe(en!.stdout);
      }
    });
  });

  it.each([
    [["events", "--json", "--limit", "5"]],
    [["show", "2023-10-petrov-visit", "--json"]],
    [["search", "petrov", "--json"]],
    [["validate", "MINI", "--json"]],
  ])("%j prints the same JSON in every language", async (args) => {
    const run = (lang: string) =>
      runBuilt(["--data", mini, "--lang", lang, ...args.map((a) => (a === "MINI" ? mini : a))]);
    const [en, vi, ru] = await Promise.all([run("en"), run("vi"), run("ru")]);
    expect(en.code).toBe(0);
    expect(JSON.parse(en.stdout)).toBeTruthy();
    expect(vi.stdout).toBe(en.stdout);
    expect(ru.stdout).toBe(en.stdout);
  });

  it("show --json gives each field's label in all three languages beside the English one", async () => {
    const r = await runBuilt(["--data", mini, "--lang", "ru", "show", "2023-10-petrov-visit", "--json"]);
    const shown = JSON.parse(r.stdout) as {
      subtitle: string;
      lines: { type: string; label?: string; labels?: unknown }[];
    };
    expect(shown.subtitle).toBe("Official visit · 15–16 Oct 2023 · Took place");
    const fields = shown.lines.filter((l) => l.type === "field");
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.find((l) => l.label === "Kind")).toMatchObject({ labels: { en: "Kind", vi: "Loại", ru: "Вид" } });
    for (const field of fields) expect(field.labels).toMatchObject({ en: field.label });
    expect(shown.lines.filter((l) => l.type !== "field").every((l) => !("labels" in l))).toBe(true);
  });
});
