// The one way to open a dataset from disk: a single JSON file, or a data folder laid out like `packages/core/data`.
// Reading says why it failed in one line (no such file, a folder without dataset files, not JSON), finishes or undoes
// a write to it that was cut short (`recoverWrite`), passes over a byte-order mark, holds V8's incremental marking off
// while a file is read and parsed, reads the source texts the dataset names and runs every layer of core's validator
// with them. Nothing here throws for a bad file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateDataset, type ValidationResult } from "../validate/validateDataset.js";
import { collectionFields, datasetFileNames, META_FILE } from "./datasetLayout.js";
import { datasetTextsDir } from "./datasetTextsDir.js";
import { findSourceTextsDir } from "./findSourceTextsDir.js";
import { holdMarking } from "./holdMarking.js";
import { loadSourceTexts } from "./loadSourceTexts.js";
import { recoverWrite } from "./recoverWrite.js";
import { FileProblemError, readFailure, readProblem, type FileProblem } from "./FileProblem.js";
import { parseJsonText } from "./readJsonFile.js";

/** Options of `readDataset`. */
export interface ReadDatasetOptions {
  /** The folder of source texts that fragments are checked against: by default `findSourceTextsDir()`; null for none. */
  textsDir?: string | null;
  /**
   * A single file's bytes, read already (or the error reading them: EISDIR reads `path` as a data folder), so the read
   * can overlap other work. The caller then holds marking (`holdMarking`) from before its read until this returns, as
   * `readDataset` does around its own read.
   */
  bytes?: Uint8Array | Error;
  /**
   * Whether to validate: true (the default), false, or asked with a single file's bytes before they are parsed (false
   * when, say, a cached verdict vouches for those bytes). A data folder is always validated when this is a function.
   */
  validate?: boolean | ((bytes: Buffer) => boolean);
  /** Called once the value is read and parsed, before the source texts are read and validation runs (for timings). */
  onParsed?: () => void;
}

/** A dataset read from disk: its value as stored, and what the validator made of it. */
export interface ReadDataset {
  ok: true;
  /** Whether `path` was a single JSON file or a data folder. */
  layout: "file" | "folder";
  /** The value as stored, before validation: the file's JSON, or the folder's files joined into one object. */
  raw: unknown;
  /** A single file's bytes as read; undefined for a data folder. */
  bytes: Buffer | undefined;
  /** The folder of source texts used, or null when none was found (fragments are then left unchecked, with notices). */
  textsDir: string | null;
  /** The dataset's own folder of source texts (`datasetTextsDir`), read before `textsDir`; null when it has none. */
  ownTextsDir: string | null;
  /** The texts of the sources that name one, by source id. */
  texts: ReadonlyMap<string, string>;
  /** The validator's result (issues, notices and the validated dataset); null when validation was skipped. */
  validation: ValidationResult | null;
}

/** The outcome of `readDataset`: the dataset, or one line (in English) and the problem, saying why it could not be read. */
export type ReadDatasetResult = ReadDataset | { ok: false; error: string; problem: FileProblem };

/** A failed read, from what was thrown: a `FileProblemError`, or any other error as the system's words. */
function failed(path: string, error: unknown): { ok: false; error: string; problem: FileProblem } {
  return readFailure(error instanceof FileProblemError ? error.problem : readProblem(path, error));
}

function bytesOf(path: string, given: ReadDatasetOptions["bytes"]): Buffer {
  if (given instanceof Error) throw given;
  if (given === undefined) return readFileSync(path);
  return Buffer.isBuffer(given) ? given : Buffer.from(given.buffer, given.byteOffset, given.byteLength);
}

/** A file's text; throws one line naming the file when it cannot be read. */
function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new FileProblemError(readProblem(file, error), { cause: error });
  }
}

/** Joins the files of a data folder into one value, as `rawDataset` does for the shipped data; throws one line. */
function readFolder(dir: string): unknown {
  let names: Set<string>;
  try {
    names = new Set(readdirSync(dir));
  } catch (error) {
    throw new FileProblemError(readProblem(dir, error), { cause: error });
  }
  const present = datasetFileNames().filter((name) => names.has(name));
  if (present.length === 0) throw new FileProblemError({ key: "no-dataset-files", path: dir, example: META_FILE });
  const joined: Record<string, unknown> = {};
  if (names.has(META_FILE)) {
    const meta = parseJsonText(join(dir, META_FILE), readText(join(dir, META_FILE)));
    if (meta === null || typeof meta !== "object" || Array.isArray(meta))
      throw new FileProblemError({ key: "meta-not-object", path: join(dir, META_FILE) });
    Object.assign(joined, meta);
  }
  for (const field of collectionFields) {
    const file = join(dir, `${field}.json`);
    if (names.has(`${field}.json`)) joined[field] = parseJsonText(file, readText(file));
  }
  return joined;
}

/**
 * Reads a dataset from a JSON file or a data folder (`meta.json` and one file per kind of record, as in
 * `packages/core/data`) and validates it on every layer, checking fragments against the source texts it names: in
 * its own texts folder (`datasetTextsDir`), else in the shared one.
 * Never throws: a file that cannot be read or parsed gives `{ ok: false, error }` with one line saying why.
 */
export function readDataset(path: string, options: ReadDatasetOptions = {}): ReadDatasetResult {
  let raw: unknown;
  let bytes: Buffer | undefined;
  let layout: ReadDataset["layout"] = "file";
  let validate = options.validate ?? true;
  let given = options.bytes;
  try {
    // A write cut short is finished or undone first; bytes read before that are read again.
    if (recoverWrite(path) !== "none") given = undefined;
  } catch (error) {
    return failed(path, error);
  }
  try {
    // Held from before the read (the bytes as external memory would prompt marking) until the parse ends; bytes read
    // already were read under the caller's hold.
    const release = given === undefined ? holdMarking() : () => undefined;
    try {
      try {
        bytes = bytesOf(path, given);
      } catch (error) {
        // A folder is read as a data folder (tried after the file, so opening a file costs no extra stat).
        if ((error as NodeJS.ErrnoException | null)?.code !== "EISDIR") return failed(path, error);
      }
      if (bytes === undefined) {
        layout = "folder";
        raw = readFolder(path);
        if (typeof validate === "function") validate = true;
      } else {
        if (typeof validate === "function") validate = validate(bytes);
        raw = parseJsonText(path, bytes.toString("utf8"));
      }
    } finally {
      release();
    }
  } catch (error) {
    // Every error thrown above is a problem naming the file.
    return failed(path, error);
  }
  options.onParsed?.();
  const textsDir = options.textsDir === undefined ? findSourceTextsDir() : options.textsDir;
  const own = datasetTextsDir(path, layout);
  const ownTextsDir = existsSync(own) ? own : null;
  const texts = validate ? loadSourceTexts(raw, textsDir) : new Map<string, string>();
  // The dataset's own texts come first: they were written with it (`parley apply`).
  if (validate && ownTextsDir !== null) for (const [id, text] of loadSourceTexts(raw, ownTextsDir)) texts.set(id, text);
  const validation = validate ? validateDataset(raw, { texts }) : null;
  return { ok: true, layout, raw, bytes, textsDir, ownTextsDir, texts, validation };
}
