// The interface's one way in, called by cli.tsx: reads the `--data` file while the interface's modules load, holding
// V8's incremental marking off once, from before the read until the dataset is open (see core's holdMarking); stats
// the file once, after the read, both to say "Opening…" for a large file and for the verdict cache's identity; then
// opens the session.
import { holdMarking } from "@parley/core/node";
import type { Language } from "@parley/core";
import type { BigIntStats } from "node:fs";
import { readFile } from "node:fs/promises";
import type { createElement } from "react";
import { openingLine } from "../format/openingLine.js";
import { mark } from "../process/profile.js";
import { statOf, type DataOptions } from "./openDataset.js";
import { loadShippedDataset } from "./shippedDataset.js";
import type { Session } from "./session.js";

/** The session, the interface's modules, and React's `createElement` to render with; or why the dataset cannot open. */
export type Opened<T> =
  | { ok: true; session: Extract<Session, { ok: true }>; modules: T; createElement: typeof createElement }
  | { ok: false; message: string };

/**
 * Opens the dataset of `options` for the interface while `loadModules` loads its modules. A large file gets a line on
 * the terminal saying so, which the interface's first screen replaces.
 */
export async function openSession<T>(
  options: DataOptions,
  language: Language,
  loadModules: () => Promise<T>,
): Promise<Opened<T>> {
  const file = options.data;
  const release = file === undefined ? () => undefined : holdMarking();
  let opening: string | null = null;
  try {
    let stat: BigIntStats | undefined;
    const readStartedAt = Date.now();
    const reading =
      file === undefined
        ? loadShippedDataset().then(() => undefined)
        : readFile(file).then(
            (bytes) => {
              stat = statOf(file);
              if (process.stdout.isTTY)
                opening = openingLine(file, Number(stat?.size ?? 0), process.stdout.columns || 80, language);
              if (opening !== null) process.stdout.write(opening);
              return bytes;
            },
            (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
          );
    const [modules, sessionModule, read] = await Promise.all([loadModules(), import("./session.js"), reading]);
    mark("modules");
    const session = sessionModule.prepareSession(file, {
      revalidate: options.revalidate,
      read,
      readStartedAt,
      stat,
      language,
    });
    mark("data");
    if (!session.ok) return session;
    return { ok: true, session, modules, createElement: sessionModule.createElement };
  } finally {
    release();
    if (opening !== null) process.stdout.write("\r\u001B[2K");
  }
}
