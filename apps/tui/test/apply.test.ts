// `parley apply`, run as the built binary: merging a reviewed draft into a data folder or a dataset file.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { appRoot, cliPath, runBuilt, tempDir, writeJson } from "./helpers.js";

const shippedData = join(appRoot, "..", "..", "packages", "core", "data");
const draftFile = join(appRoot, "test", "fixtures", "draft.json");
/** Core's test hook that pauses a write at one file operation (see the file). */
const pauseHook = join(appRoot, "..", "..", "packages", "core", "test", "hooks", "pauseWrite.mjs");
const draft = () => JSON.parse(readFileSync(draftFile, "utf8")) as Record<string, unknown>;

/** A fresh copy of the shipped data folder. */
function dataCopy(): string {
  const dir = join(tempDir(), "data");
  cpSync(shippedData, dir, { recursive: true });
  return dir;
}

/** The files of a folder and of its texts folder (not the hidden temporary ones), with their bytes. */
function filesOf(dir: string): Map<string, string> {
  const names = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
    (name) => !name.split("/").some((part) => part.startsWith(".")) && !statSync(join(dir, name)).isDirectory(),
  );
  return new Map(names.sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

const TEXT_FILE = "texts/example-2023-10-14-volodin.txt";

const EXPECTED_CHANGES = [
  "MOD events 2023-10-volodin-visit-vietnam",
  'ADD events 2023-10-14-volodin-hue-talks-example  "Volodin and Huệ hold talks"',
  'ADD people ivan-testov  "Ivan Testov"',
  'ADD sources example-2023-10-14-volodin  "Volodin arrives in Hanoi"',
];

let original: Map<string, string>;
beforeAll(() => {
  original = filesOf(shippedData);
});

describe("parley apply", () => {
  it("prints the record-level changes and writes nothing with --dry-run", async () => {
    const dir = dataCopy();
    const r = await runBuilt(["apply", draftFile, "--into", dir, "--dry-run"]);
    expect(r.code).toBe(0);
    const heads = r.stdout.split("\n").filter((line) => /^(ADD|MOD|DEL) /.test(line));
    expect(heads.slice(0, 4)).toEqual(EXPECTED_CHANGES);
    expect(heads[4]).toMatch(/^ADD disagreements 2023-10-volodin-visit-vietnam-date-per-example-2023-10-14-volodin /);
    expect(r.stdout).toContain("    + citations[8]: ");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("5 changes: 4 added, 1 modified, 0 deleted");
    expect(r.stderr).toBe(`dry run: nothing written to ${dir} (nor the article's text to ${TEXT_FILE})\n`);
    expect(filesOf(dir)).toEqual(original);
  });

  it("writes the merge into a data folder, and applying it again changes nothing", async () => {
    const dir = dataCopy();
    const first = await runBuilt(["apply", draftFile, "--into", dir]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(`wrote ${dir}, with the article's text in ${TEXT_FILE}\n`);
    const written = filesOf(dir);
    // Only the files of the kinds that changed differ; the others are byte for byte as they were.
    const changed = [...written].filter(([name, text]) => original.get(name) !== text).map(([name]) => name);
    expect(changed).toEqual(["disagreements.json", "events.json", "people.json", "sources.json", TEXT_FILE]);
    expect(written.get(TEXT_FILE)).toBe(draft().text);
    expect(readdirSync(dir).filter((name) => name.startsWith("."))).toEqual([]);
    // The merged folder validates (diff reads both sides through the validator) and differs by just the changes.
    const diff = await runBuilt(["diff", shippedData, dir]);
    expect(diff.code).toBe(0);
    expect(diff.stdout.trimEnd().split("\n").at(-1)).toBe("5 changes: 4 added, 1 modified, 0 deleted");

    const second = await runBuilt(["apply", draftFile, "--into", dir]);
    expect(second).toEqual({
      code: 0,
      stdout: "no changes\n",
      stderr: `${dir} holds this draft already; nothing written\n`,
    });
    expect(filesOf(dir)).toEqual(written);
  });

  it("writes the merge into a single dataset file, with the article's text in a texts folder beside it", async () => {
    const dir = tempDir();
    const exported = await runBuilt(["export", "--format", "json", "--out", join(dir, "dataset.json")]);
    expect(exported.code).toBe(0);
    const r = await runBuilt(["apply", draftFile, "--into", join(dir, "dataset.json")]);
    expect(r.code).toBe(0);
    const events = (JSON.parse(readFileSync(join(dir, "dataset.json"), "utf8")) as { events: { id: string }[] }).events;
    expect(events.some((e) => e.id === "2023-10-14-volodin-hue-talks-example")).toBe(true);
    expect(readFileSync(join(dir, TEXT_FILE), "utf8")).toBe(draft().text);
    expect(readdirSync(dir).sort()).toEqual(["dataset.json", "texts"]);
  });

  it("keeps the article's text so the next read checks the drafted fragments against it", async () => {
    const dir = dataCopy();
    expect((await runBuilt(["apply", draftFile, "--into", dir])).code).toBe(0);
    const clean = await runBuilt(["validate", dir, "--json"]);
    expect(clean.code).toBe(0);
    const notices = (JSON.parse(clean.stdout) as { notices: { id: string | null }[] }).notices;
    expect(notices.filter((n) => n.id === "example-2023-10-14-volodin")).toEqual([]);
    // A word of a drafted fragment changed in the kept text: the fragment no longer occurs, and validation says so.
    const text = join(dir, TEXT_FILE);
    writeFileSync(text, readFileSync(text, "utf8").replace("arrived in Hanoi", "landed in Hanoi"));
    const tampered = await runBuilt(["validate", dir]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout + tampered.stderr).toContain("provenance.fragment-not-found");
  });

  it("never overwrites another text of the same name, and writes nothing", async () => {
    const dir = dataCopy();
    mkdirSync(join(dir, "texts"));
    writeFileSync(join(dir, TEXT_FILE), "another article");
    const before = filesOf(dir);
    const r = await runBuilt(["apply", draftFile, "--into", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: ${join(dir, TEXT_FILE)} holds another text; give the draft's source another textFile; nothing written\n`,
    );
    expect(filesOf(dir)).toEqual(before);
  });

  it("refuses a malformed draft with one line per problem, exits 1 and writes nothing", async () => {
    const dir = dataCopy();
    const bad = draft();
    delete bad.text;
    (bad.source as Record<string, unknown>).url = "not a url";
    const file = writeJson(tempDir(), "bad.json", bad);
    const r = await runBuilt(["apply", file, "--into", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.slice(0, 2).map((line) => line.split("  ").slice(0, 2))).toEqual([
      ["draft.malformed", "draft.text"],
      ["draft.malformed", "draft.source.url"],
    ]);
    expect(lines[2]).toBe(`${file}: not applied, 2 issues; nothing written`);
    expect(filesOf(dir)).toEqual(original);
  });

  it("refuses a stale draft whose matched event is gone, and writes nothing", async () => {
    const dir = dataCopy();
    const stale = draft();
    (stale.events as { match: string | null }[])[0]!.match = "2023-10-an-event-since-removed";
    const file = writeJson(tempDir(), "stale.json", stale);
    const r = await runBuilt(["apply", file, "--into", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe(
      'draft.stale  draft.events[0].match  the matched event "2023-10-an-event-since-removed" is no record in the dataset',
    );
    const ru = await runBuilt(["apply", file, "--into", dir, "--lang", "ru"]);
    expect(ru.stderr.split("\n")[0]).toBe(
      "draft.stale  draft.events[0].match  сопоставленное событие «2023-10-an-event-since-removed» в наборе данных " +
        "отсутствует",
    );
    expect(filesOf(dir)).toEqual(original);
  });

  it.each([
    [["apply", "/no/such/draft.json", "--into", "DATA"], /^error: cannot read \/no\/such\/draft\.json: no such file$/],
    [["apply", "DRAFT", "--into", "/no/such/data"], /^error: cannot read \/no\/such\/data: no such file$/],
    [["apply", "DRAFT"], /^error: required option '--into <path>' not specified$/],
  ])("%j gives one line on stderr and exit 2", async (args, message) => {
    const r = await runBuilt(args.map((a) => (a === "DATA" ? shippedData : a === "DRAFT" ? draftFile : a)));
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

/**
 * Runs `parley apply` with a hook that pauses it at one file operation of the write, waits until it is paused there,
 * kills it (SIGKILL: no chance to clean up) and returns what the folder held at that moment.
 */
async function killMidWrite(dir: string, pauseAt: string): Promise<string[]> {
  const marker = join(tempDir(), "paused");
  const child = spawn(process.execPath, ["--import", pauseHook, cliPath, "apply", draftFile, "--into", dir], {
    env: { ...process.env, PARLEY_TEST_PAUSE_AT: pauseAt, PARLEY_TEST_PAUSED: marker },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let running = true;
  void exited.then(() => (running = false));
  while (running && !existsSync(marker)) await sleep(20);
  const during = readdirSync(dir);
  child.kill("SIGKILL");
  await exited;
  expect(existsSync(marker), "the write reached the pause").toBe(true);
  return during;
}

describe("parley apply killed mid-write", () => {
  let applied: Map<string, string>;
  beforeAll(async () => {
    const dir = dataCopy();
    expect((await runBuilt(["apply", draftFile, "--into", dir])).code).toBe(0);
    applied = filesOf(dir);
  });

  // The write keeps a journal: killed before it is committed, the next command undoes it; after, it finishes it.
  it.each([
    ["while the new files are being written", "open:4", "old"],
    ["when every new file is written and the write is not committed yet", "rename:1", "old"],
    ["when some new files have replaced their targets and others not", "rename:8", "new"],
    ["when every new file is in place and the journal is not removed yet", "unlink:1:.journal", "new"],
  ])("leaves every file as it was or every file new, killed %s", async (_, pauseAt, outcome) => {
    const dir = dataCopy();
    const during = await killMidWrite(dir, pauseAt!);
    expect(during).toContain(".parley-write.journal");
    // The next command that opens the folder (here diff) finds it valid, as before or as applied, and nothing beside.
    const diff = await runBuilt(["diff", shippedData, dir]);
    expect(diff.code).toBe(0);
    expect(diff.stdout.trimEnd().split("\n").at(-1)).toBe(
      outcome === "old" ? "no changes" : "5 changes: 4 added, 1 modified, 0 deleted",
    );
    expect(filesOf(dir)).toEqual(outcome === "old" ? original : applied);
    expect(readdirSync(dir).filter((name) => name.startsWith("."))).toEqual([]);
    // The texts folder the write made is gone with it, or holds just the article's text.
    expect(existsSync(join(dir, "texts")) && readdirSync(join(dir, "texts"))).toEqual(
      outcome === "old" ? false : [TEXT_FILE.slice("texts/".length)],
    );
  });
});
