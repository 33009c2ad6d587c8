// What the interface starts with: the open dataset, its Parley built after the first frame, its search index after
// that, and what must happen before the process exits. Loaded lazily (with React) by `openSession`.
import type { Language, Parley } from "@parley/core";
import { fileProblemMessage } from "@parley/core/node";
import type { SessionProps } from "./SessionProps.js";

// For cli.tsx, which renders <App/> without JSX (see there); a static import here gets bundling's interop right.
export { createElement } from "react";
import { wantsColour } from "../process/io.js";
import { homeFactsOf } from "../rows/homeFacts.js";
import { openDataset, originIn, type OpenOptions } from "./openDataset.js";
import { savedSearchIndex } from "./savedSearchIndex.js";
import { createSearchIndexCache } from "./searchIndex.js";

/** A `Parley` built on its first use, so the interface can draw before core's indexes exist. */
export function lazyParley(make: () => Parley): Parley {
  let real: Parley | undefined;
  return new Proxy({} as Parley, { get: (_target, key) => Reflect.get((real ??= make()), key) });
}

/** What the interface needs to start, or the one line saying why it cannot (an unreadable file). */
export type Session =
  | {
      ok: true;
      props: SessionProps;
      exitCode: number;
      /**
       * Work for after the first frame, each step for its own turn of the event loop (so a key can come between):
       * remembering a fresh clean verdict, then building core's indexes and, once they are built, the search index,
       * both in slices between which keys are handled. Each takes a while for a large file.
       */
      afterFirstFrame: readonly (() => void)[];
      /**
       * Work that must not be lost when the user quits before it ran: remembering the verdict (once); ends the builds
       * of core's indexes and the search index.
       */
      beforeExit: () => void;
    }
  | { ok: false; message: string };

/**
 * Loads and validates the dataset for the interface in a language (English by default); a dataset with issues opens
 * on the issues screen (exit code 1).
 */
export function prepareSession(
  dataFile: string | undefined,
  options: Pick<OpenOptions, "revalidate" | "read" | "readStartedAt" | "stat"> & { language?: Language } = {},
): Session {
  const { language = "en", ...open } = options;
  const loaded = openDataset(dataFile, { ...open, remember: true });
  const colour = wantsColour(process.stdout.isTTY === true);
  if (loaded.ok) {
    const validation = loaded.validation === "shipped" ? undefined : loaded.validation;
    // The first frame is home, which needs only facts from the dataset; core's indexes are built right after it.
    const props = {
      parley: lazyParley(() => loaded.parley),
      search: createSearchIndexCache(loaded.dataset, loaded.validation === "shipped" ? savedSearchIndex : undefined),
      home: homeFactsOf(loaded.dataset),
      origin: originIn(loaded.origin, language),
      version: loaded.dataset.version,
      validation,
      colour,
      language,
    };
    const remember = () => void loaded.remember();
    // Then core's indexes and, once they are built, the search index, each in slices between which keys are handled,
    // so the first key that needs them finds them ready (see Loaded.prepareParley and SearchIndexCache).
    const stop = new AbortController();
    const parleyThenSearch = () =>
      void loaded.prepareParley({ signal: stop.signal }).then(() => {
        if (!stop.signal.aborted) void props.search.prepareInBackground();
      });
    const beforeExit = () => {
      stop.abort();
      props.search.stop();
      remember();
    };
    return { ok: true, props, exitCode: 0, afterFirstFrame: [remember, parleyThenSearch], beforeExit };
  }
  if (loaded.reason === "unreadable") return { ok: false, message: fileProblemMessage(loaded.problem, language) };
  return {
    ok: true,
    props: { parley: null, origin: loaded.origin, issues: loaded.issues, colour, language },
    exitCode: 1,
    afterFirstFrame: [],
    beforeExit: () => undefined,
  };
}
