import { readFileSync } from "node:fs";
import {
  FileProblemError,
  fileProblemMessage,
  readFailure as failed,
  readProblem,
  type FileProblem,
} from "./FileProblem.js";
import { jsonSyntaxErrorIn } from "./JsonSyntaxError.js";

/** The outcome of reading a JSON file: its value, or one line (in English) and the problem, saying why not. */
export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; error: string; problem: FileProblem };

/** One line saying why `path` could not be read, from the error the read threw. */
export function cannotRead(path: string, error: unknown): string {
  return fileProblemMessage(readProblem(path, error), "en");
}

/** Parses JSON text, passing over a leading byte-order mark; throws a `FileProblemError` naming `path` when it is not JSON. */
export function parseJsonText(path: string, text: string): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0]!;
    throw new FileProblemError({ key: "not-json", path, at: jsonSyntaxErrorIn(json), reason }, { cause: error });
  }
}

/** Reads and parses a JSON file without throwing. */
export function readJsonFile(path: string): ReadJsonResult {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return failed(readProblem(path, error));
  }
  try {
    return { ok: true, value: parseJsonText(path, text) };
  } catch (error) {
    return failed((error as FileProblemError).problem);
  }
}
