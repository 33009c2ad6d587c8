import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { FileProblemError, fileProblemMessage } from "../../src/node/FileProblem.js";
import { readDataset } from "../../src/node/readDataset.js";
import { writeDataset } from "../../src/node/writeDataset.js";
import { rawDataset } from "../../src/rawDataset.js";
import type { Dataset } from "../../src/schema/Dataset.js";
import { smallDataset } from "../fixtures/smallDataset.js";
import { changedDataset } from "../hooks/writeChanged.js";

// Failures are injected by replacing Node's renameSync or openSync for a call or two; by default both pass through.
const inject = vi.hoisted(() => ({ failRenameAt: 0, failOpenAt: 0, renames: 0, opens: 0 }));
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (++inject.renames === inject.failRenameAt) throw Object.assign(new Error("EIO: injected"), { code: "EIO" });
      real.renameSync(from, to);
    },
    openSync: (...args: Parameters<typeof real.openSync>) => {
      if (++inject.opens === inject.failOpenAt) throw Object.assign(new Error("ENOSPC: injected"), { code: "ENOSPC" });
      return real.openSync(...args);
    },
  };
});

const dataFolder = fileURLToPath(new URL("../../data/", import.meta.url));
const scratch = fs.mkdtempSync(join(tmpdir(), "parley-write-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
afterEach(() => Object.assign(inject, { failRenameAt: 0, failOpenAt: 0, renames: 0, opens: 0 }));

let folders = 0;
/** A copy of the shipped data folder. */
function copyOfData(): string {
  const dir = join(scratch, `data-${++folders}`);
  fs.cpSync(dataFolder, dir, { recursive: true });
  return dir;
}

/** Every file in a folder with its contents. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(join(dir, name), "utf8")]));
}

const changed = changedDataset;

describe("writeDataset", () => {
  it("writes the shipped data back into a data folder byte for byte", () => {
    const dir = copyOfData();
    const before = contents(dir);
    writeDataset(dir, rawDataset as Dataset);
    expect(contents(dir)).toEqual(before);
  });

  it("writes a folder that readDataset reads back as written, with no files left beside", () => {
    const dir = copyOfData();
    writeDataset(dir, changed());
    const read = readDataset(dir, { textsDir: null });
    if (!read.ok) throw new Error(read.error);
    expect(read.raw).toEqual(changed());
    expect(fs.readdirSync(dir).sort()).toEqual(fs.readdirSync(dataFolder).sort());
  });

  it("writes a single file when the path is not a folder, and a new folder when asked", () => {
    const path = join(scratch, "one.json");
    writeDataset(path, smallDataset());
    expect(JSON.parse(fs.readFileSync(path, "utf8"))).toEqual(smallDataset());
    expect(fs.readFileSync(path, "utf8").endsWith("}\n")).toBe(true);
    const dir = join(scratch, "new-folder");
    writeDataset(dir, smallDataset(), { layout: "folder" });
    expect(fs.readdirSync(dir)).toContain("meta.json");
    expect(JSON.parse(fs.readFileSync(join(dir, "meta.json"), "utf8"))).toEqual({
      version: "0.0.1",
      citation: "Parley test fixture",
      license: "CC0-1.0",
    });
  });

  // Rename 1 puts the committed journal in place; renames 2 to 15 put the 14 new files in place.
  it("writes source texts into the dataset's texts folder, inside a data folder or beside a file, and reads them", () => {
    const dir = copyOfData();
    const data = changed();
    const text = "Paragraph one.\n\nParagraph two.";
    data.sources.push({ ...data.sources[0]!, id: "kept-text", url: null, textAvailable: true, textFile: "kept.txt" });
    writeDataset(dir, data, { texts: new Map([["kept.txt", text]]) });
    expect(fs.readFileSync(join(dir, "texts", "kept.txt"), "utf8")).toBe(text);
    const read = readDataset(dir, { textsDir: null });
    if (!read.ok) throw new Error(read.error);
    expect(read.ownTextsDir).toBe(join(dir, "texts"));
    expect(read.texts.get("kept-text")).toBe(text);

    const file = join(scratch, `with-text-${++folders}`, "dataset.json");
    fs.mkdirSync(join(file, ".."));
    writeDataset(file, data, { texts: new Map([["kept.txt", text]]) });
    expect(fs.readdirSync(join(file, "..")).sort()).toEqual(["dataset.json", "texts"]);
    const readFile = readDataset(file, { textsDir: null });
    if (!readFile.ok) throw new Error(readFile.error);
    expect(readFile.texts.get("kept-text")).toBe(text);
  });

  it("refuses a source text whose name is not a plain file name, and writes nothing", () => {
    const dir = copyOfData();
    const before = contents(dir);
    expect(() => writeDataset(dir, changed(), { texts: new Map([["../out.txt", "x"]]) })).toThrow(
      '"../out.txt" is not a file name for a source text',
    );
    expect(contents(dir)).toEqual(before);
  });

  it("leaves the folder as it was, with no texts folder, when a write with a text fails", () => {
    const dir = copyOfData();
    const before = contents(dir);
    inject.failRenameAt = 6;
    expect(() => writeDataset(dir, changed(), { texts: new Map([["kept.txt", "text"]]) })).toThrow("EIO: injected");
    expect(contents(dir)).toEqual(before);
  });

  it.each([1, 2, 8, 15])("leaves every file as it was when rename %i of 15 fails", (failAt) => {
    const dir = copyOfData();
    const before = contents(dir);
    inject.failRenameAt = failAt;
    expect(() => writeDataset(dir, changed())).toThrow("EIO: injected");
    expect(inject.renames).toBeGreaterThanOrEqual(failAt);
    expect(contents(dir)).toEqual(before);
  });

  it("leaves every file as it was when writing a new file fails", () => {
    const dir = copyOfData();
    const before = contents(dir);
    inject.failOpenAt = 7;
    expect(() => writeDataset(dir, changed())).toThrow("ENOSPC: injected");
    expect(contents(dir)).toEqual(before);
  });

  it("leaves a single file as it was when its rename fails", () => {
    const path = join(scratch, "kept.json");
    fs.writeFileSync(path, "old");
    inject.failRenameAt = 1;
    expect(() => writeDataset(path, smallDataset())).toThrow("EIO: injected");
    expect(fs.readdirSync(scratch).filter((name) => name.includes("kept.json"))).toEqual(["kept.json"]);
    expect(fs.readFileSync(path, "utf8")).toBe("old");
  });

  it("removes a folder it created when the write fails", () => {
    const dir = join(scratch, "never");
    inject.failRenameAt = 2;
    expect(() => writeDataset(dir, smallDataset(), { layout: "folder" })).toThrow("EIO: injected");
    expect(fs.existsSync(dir)).toBe(false);
  });
});

const hook = fileURLToPath(new URL("../hooks/pauseWrite.mjs", import.meta.url));
const child = fileURLToPath(new URL("../hooks/writeChanged.ts", import.meta.url));

/** The dataset files of a folder (not the hidden ones a write keeps beside them) and their bytes. */
function datasetFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((name) => !name.startsWith("."))
      .map((name) => [name, fs.readFileSync(join(dir, name), "utf8")]),
  );
}

/**
 * Starts a child process writing `changed()` into `dir` that pauses at one file operation (`pauseWrite.mjs`), and
 * resolves once it is paused there, with a way to kill it.
 */
async function pausedWrite(dir: string, pauseAt: string): Promise<{ kill: () => Promise<void> }> {
  const marker = join(scratch, `paused-${++folders}`);
  const process_ = spawn(process.execPath, ["--import", "tsx", "--import", hook, child, dir], {
    env: { ...process.env, PARLEY_TEST_PAUSE_AT: pauseAt, PARLEY_TEST_PAUSED: marker },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => process_.once("exit", resolve));
  let running = true;
  void exited.then(() => (running = false));
  while (running && !fs.existsSync(marker)) await sleep(20);
  expect(fs.existsSync(marker), "the write reached the pause").toBe(true);
  return {
    kill: async () => {
      process_.kill("SIGKILL");
      await exited;
    },
  };
}

describe("writeDataset killed at each step of a write", () => {
  let newFiles: Record<string, string>;
  beforeAll(() => {
    const dir = copyOfData();
    writeDataset(dir, changed());
    newFiles = datasetFiles(dir);
  });

  // The write's steps: the journal is created; the 14 new files are written (open 1 to 14); the journal is marked
  // committed (open 15, rename 1); the new files replace the old (renames 2 to 15); the journal is removed.
  it.concurrent.each([
    ["while the new files are written", "open:1", "old"],
    ["half way through writing the new files", "open:7", "old"],
    ["while the journal is marked committed", "open:15", "old"],
    ["before the committed journal is in place", "rename:1", "old"],
    // Renames 2 to 15 are alike: the first two, one in the middle and the last two.
    ...[1, 2, 7, 13, 14].map((n) => [`before new file ${n} of 14 replaces its target`, `rename:${n + 1}`, "new"]),
    ["before the journal is removed", "unlink:1:.journal", "new"],
  ])("the next read finds every file as before or every file new, when killed %s", async (_, pauseAt, outcome) => {
    const dir = copyOfData();
    const before = datasetFiles(dir);
    const write = await pausedWrite(dir, pauseAt!);
    await write.kill();
    const read = readDataset(dir, { textsDir: null });
    if (!read.ok) throw new Error(read.error);
    expect(read.validation?.ok).toBe(true);
    expect(datasetFiles(dir)).toEqual(outcome === "new" ? newFiles : before);
    // Nothing is left beside the files: no journal, no temporary file, no old version.
    expect(fs.readdirSync(dir).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("leaves a write under way in a running process alone, and refuses to write over it", async () => {
    const dir = copyOfData();
    const write = await pausedWrite(dir, "rename:5");
    const during = contents(dir);
    try {
      expect(readDataset(dir, { textsDir: null }).ok).toBe(true);
      expect(contents(dir)).toEqual(during);
      expect(() => writeDataset(dir, smallDataset())).toThrow(`another write to ${dir} is under way`);
      const refused = (() => {
        try {
          writeDataset(dir, smallDataset());
        } catch (error) {
          return error;
        }
      })();
      expect(refused instanceof FileProblemError && fileProblemMessage(refused.problem, "ru")).toBe(
        `в ${dir} уже идёт другая запись`,
      );
      expect(contents(dir)).toEqual(during);
    } finally {
      await write.kill();
    }
    readDataset(dir, { textsDir: null });
    expect(datasetFiles(dir)).toEqual(newFiles);
  });

  it("removes a journal cut short while it was first written; the files are as they were", () => {
    const dir = copyOfData();
    const before = contents(dir);
    fs.writeFileSync(join(dir, ".parley-write.journal"), '{"state":"prepa');
    expect(readDataset(dir, { textsDir: null }).ok).toBe(true);
    expect(contents(dir)).toEqual(before);
  });

  it("says in one line that a file in the journal's place is no journal, and touches nothing", () => {
    const dir = copyOfData();
    fs.writeFileSync(join(dir, ".parley-write.journal"), '{"state":"done"}');
    const before = contents(dir);
    const journal = join(dir, ".parley-write.journal");
    expect(readDataset(dir, { textsDir: null })).toEqual({
      ok: false,
      error:
        `cannot finish an interrupted write to ${dir}: ${journal} ` +
        "is not a journal of a Parley write; move it away to open the files",
      problem: { key: "cannot-recover", path: dir, reason: { key: "not-a-journal", path: journal } },
    });
    expect(contents(dir)).toEqual(before);
  });
});
