import type { AppProps } from "./App.js";

// For cli.tsx, which renders <App/> without JSX (see there); a static import here gets bundling's interop right.
export { createElement } from "react";
import { wantsColour } from "../io.js";
import { loadDataset } from "../load.js";

/** What the interface needs to start, or the one line saying why it cannot (an unreadable file). */
export type Session =
  | {
      ok: true;
      props: Omit<AppProps, "onExit">;
      exitCode: number;
      /** Remembers a fresh clean verdict in the cache; for after the first frame, since it takes a while for a large file. */
      remember: () => void;
    }
  | { ok: false; message: string };

/** Loads and validates the dataset for the interface; a dataset with issues opens on the issues screen (exit code 1). */
export function prepareSession(dataFile: string | undefined, options: { revalidate?: boolean } = {}): Session {
  const loaded = loadDataset(dataFile, { revalidate: options.revalidate, remember: true });
  const colour = wantsColour(process.stdout.isTTY === true);
  if (loaded.ok) {
    const validation = loaded.validation === "shipped" ? undefined : loaded.validation;
    return { ok: true, props: { parley: loaded.parley, origin: loaded.origin, version: loaded.dataset.version, validation, colour }, exitCode: 0, remember: () => void loaded.remember() };
  }
  if (loaded.reason === "unreadable") return { ok: false, message: loaded.message };
  return { ok: true, props: { parley: null, origin: loaded.origin, issues: loaded.issues, colour }, exitCode: 1, remember: () => undefined };
}

const ENTER_ALT_SCREEN = "\u001B[?1049h\u001B[H";
const LEAVE_ALT_SCREEN = "\u001B[?1049l";

/** Runs the interface on the terminal's alternate screen and always restores the normal screen afterwards. */
export async function onAlternateScreen<T>(run: () => Promise<T>): Promise<T> {
  process.stdout.write(ENTER_ALT_SCREEN);
  try {
    return await run();
  } finally {
    process.stdout.write(LEAVE_ALT_SCREEN);
  }
}
