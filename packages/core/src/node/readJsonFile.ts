import { readFileSync } from "node:fs";

/** The outcome of reading a JSON file: its value, or one line saying why it could not be read. */
export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/** One line saying why `path` could not be read, from the error the read threw. */
export function cannotRead(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a folder"
        : code === "EACCES"
          ? "permission denied"
          : error instanceof Error
            ? error.message
            : String(error);
  return `cannot read ${path}: ${why}`;
}

/** Parses JSON text, passing over a leading byte-order mark; throws a one-line error naming `path` when it is not JSON. */
export function parseJsonText(path: string, text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads and parses a JSON file without throwing. */
export function readJsonFile(path: string): ReadJsonResult {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { ok: false, error: cannotRead(path, error) };
  }
  try {
    return { ok: true, value: parseJsonText(path, text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
