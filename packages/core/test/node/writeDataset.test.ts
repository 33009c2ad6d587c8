import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { readDataset } from "../../src/node/readDataset.js";
import { writeDataset } from "../../src/node/writeDataset.js";
import { rawDataset } from "../../src/rawDataset.js";
import type { Dataset } from "../../src/schema/Dataset.js";
import { smallDataset } from "../fixtures/smallDataset.js";

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

/** The shipped data with one change in several files, so a write replaces more than one. */
function changed(): Dataset {
  const data = structuredClone(rawDataset) as Dataset;
  data.version = "9.9.9";
  data.people[0]!.name = "Someone Else";
  data.events[0]!.title = "Another title";
  return data;
}

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

  it.each([1, 5, 13])("leaves every file as it was when rename %i of 13 fails", (failAt) => {
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
