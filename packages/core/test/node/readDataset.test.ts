import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { datasetFileNames } from "../../src/node/datasetLayout.js";
import { fileProblemMessage } from "../../src/node/FileProblem.js";
import { markingHeld } from "../../src/node/holdMarking.js";
import { readDataset } from "../../src/node/readDataset.js";
import { rawDataset } from "../../src/rawDataset.js";
import { smallDatasetInput } from "../fixtures/smallDataset.js";

const dataFolder = fileURLToPath(new URL("../../data/", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "parley-read-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe("readDataset", () => {
  it("says when the value is parsed, before validation, and never for a file that does not parse", () => {
    const steps: string[] = [];
    const good = readDataset(file("timed.json", JSON.stringify(smallDatasetInput)), {
      textsDir: null,
      onParsed: () => steps.push(`parsed, marking held: ${markingHeld()}`),
    });
    expect(good.ok && good.validation?.ok).toBe(true);
    expect(steps).toEqual(["parsed, marking held: false"]);
    const bad = readDataset(file("untimed.json", "{ nope"), { onParsed: () => steps.push("parsed again") });
    expect(bad.ok).toBe(false);
    expect(steps).toHaveLength(1);
  });

  it("reads the shipped data folder into the same value as the bundled data, and validates it clean", () => {
    const read = readDataset(dataFolder);
    if (!read.ok) throw new Error(read.error);
    expect(read.layout).toBe("folder");
    expect(read.raw).toEqual(rawDataset);
    expect(read.bytes).toBeUndefined();
    expect(read.validation?.ok).toBe(true);
  });

  it("reads a single file, passing over a byte-order mark", () => {
    const path = file("bom.json", `\uFEFF${JSON.stringify(smallDatasetInput)}`);
    const read = readDataset(path, { textsDir: null });
    if (!read.ok) throw new Error(read.error);
    expect(read.layout).toBe("file");
    expect(read.bytes?.length).toBe(readFileSync(path).length);
    expect(read.validation?.ok).toBe(true);
    expect(read.validation?.dataset?.version).toBe("0.0.1");
  });

  it("reports validation issues instead of throwing", () => {
    const read = readDataset(file("broken.json", JSON.stringify({ ...smallDatasetInput, version: "one" })));
    if (!read.ok) throw new Error(read.error);
    expect(read.validation?.ok).toBe(false);
    expect(read.validation?.issues.map((i) => i.path)).toContain("$.version");
  });

  it("says in one line that a file does not exist", () => {
    const path = join(scratch, "missing.json");
    expect(readDataset(path)).toEqual({
      ok: false,
      error: `cannot read ${path}: no such file`,
      problem: { key: "missing", path },
    });
  });

  it("says in one line that a folder holds no dataset files", () => {
    const empty = join(scratch, "empty");
    mkdirSync(empty);
    const read = readDataset(empty);
    expect(read).toEqual({
      ok: false,
      error: `cannot read ${empty}: a folder without dataset files (meta.json, people.json, events.json, …)`,
      problem: { key: "no-dataset-files", path: empty, example: "meta.json" },
    });
    expect(!read.ok && fileProblemMessage(read.problem, "ru")).toBe(
      `не удаётся прочитать ${empty}: в папке нет файлов набора данных (meta.json, people.json, events.json, …)`,
    );
  });

  it("says in one line which file is not JSON, for a single file and for a file of a data folder", () => {
    const bad = readDataset(file("bad.json", "{ not json"));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^.*bad\.json is not valid JSON: [^\n]+$/);
    const folder = join(scratch, "bad-folder");
    mkdirSync(folder);
    writeFileSync(join(folder, "meta.json"), JSON.stringify({ version: "0.0.1" }));
    writeFileSync(join(folder, "people.json"), "[{");
    const inFolder = readDataset(folder);
    expect(!inFolder.ok && inFolder.error).toMatch(/^.*bad-folder\/people\.json is not valid JSON: [^\n]+$/);
  });

  it("takes bytes read already, and the error of a read that failed", () => {
    const bytes = Buffer.from(JSON.stringify(smallDatasetInput));
    const read = readDataset("given.json", { bytes, textsDir: null });
    expect(read.ok && read.validation?.ok).toBe(true);
    const failed = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    expect(readDataset("given.json", { bytes: failed })).toEqual({
      ok: false,
      error: "cannot read given.json: permission denied",
      problem: { key: "denied", path: "given.json" },
    });
  });

  it("reads a data folder when the read given failed because the path is a folder", () => {
    const isFolder = Object.assign(new Error("EISDIR: illegal operation on a directory"), { code: "EISDIR" });
    const read = readDataset(dataFolder, { bytes: isFolder, textsDir: null });
    expect(read.ok && read.layout).toBe("folder");
  });

  it("holds marking while it reads and parses, and releases it whatever happens", () => {
    const heldWhenAsked: boolean[] = [];
    const ask = () => (heldWhenAsked.push(markingHeld()), true);
    readDataset(file("held.json", JSON.stringify(smallDatasetInput)), { validate: ask, textsDir: null });
    expect(heldWhenAsked).toEqual([true]);
    expect(markingHeld()).toBe(false);
    readDataset(file("held-bad.json", "{"));
    readDataset(join(scratch, "held-missing.json"));
    expect(markingHeld()).toBe(false);
  });

  it("asks a validate function with the bytes before parsing, and skips validation when it says no", () => {
    const path = file("skip.json", JSON.stringify({ ...smallDatasetInput, version: "one" }));
    const seen: number[] = [];
    const read = readDataset(path, { validate: (bytes) => (seen.push(bytes.length), false) });
    if (!read.ok) throw new Error(read.error);
    expect(seen).toEqual([readFileSync(path).length]);
    expect(read.validation).toBeNull();
    expect((read.raw as { version: string }).version).toBe("one");
  });

  it("checks fragments against the source texts in the folder it is given", () => {
    const texts = join(scratch, "texts");
    mkdirSync(texts);
    // The shipped sources' texts replaced by other words: every fragment quoted from them is then missing.
    const sources = JSON.parse(readFileSync(join(dataFolder, "sources.json"), "utf8")) as { textFile?: string }[];
    for (const s of sources) if (s.textFile) writeFileSync(join(texts, s.textFile), "Nothing quoted here.\n");
    const read = readDataset(dataFolder, { textsDir: texts });
    if (!read.ok) throw new Error(read.error);
    expect(read.textsDir).toBe(texts);
    expect(read.texts.size).toBeGreaterThan(0);
    expect(read.validation?.issues.some((i) => i.code === "provenance.fragment-not-found")).toBe(true);
  });

  it("leaves fragments unchecked, with a notice, when there is no folder of source texts", () => {
    const read = readDataset(dataFolder, { textsDir: null });
    if (!read.ok) throw new Error(read.error);
    expect(read.texts.size).toBe(0);
    expect(read.validation?.ok).toBe(true);
    expect(read.validation?.notices.length).toBeGreaterThan(0);
  });

  it("names every file of the shipped data folder in its layout", () => {
    const shipped = readdirSync(dataFolder).filter((name) => name.endsWith(".json"));
    expect(datasetFileNames().sort()).toEqual(shipped.sort());
  });
});
