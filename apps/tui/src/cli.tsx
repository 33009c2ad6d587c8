// The `parley` command: argument parsing (program.ts), then a subcommand or `render(<App/>)`.
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { Exit } from "./errors.js";
import { openingLine } from "./format/openingLine.js";
import { holdMarking } from "./markingHold.js";
import { mark } from "./profile.js";
import { processIo } from "./io.js";
import { runCli, type Interactive } from "./program.js";

/** A file's size in bytes, or 0 when it cannot be read (loading then says why, in one line). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

const interactive: Interactive = async (dataFile, options) => {
  // Loaded only here, so scripted commands never pay for React and Ink. (No JSX in this file: a static
  // `react/jsx-runtime` import would load React for every command.)
  mark("args");
  // A --data file is read while the interface's modules load (the read runs off the main thread), with marking held
  // from before the read until the file is parsed (see markingHold.ts).
  const release = dataFile === undefined ? () => {} : holdMarking();
  // A large file takes seconds the first time: say so at once, on the line the interface's screen will replace.
  const opening =
    dataFile === undefined || !process.stdout.isTTY
      ? null
      : openingLine(dataFile, sizeOf(dataFile), process.stdout.columns || 80);
  if (opening !== null) process.stdout.write(opening);
  const clearOpening = () => void (opening !== null && process.stdout.write("\r\u001B[2K"));
  const readStartedAt = Date.now();
  const reading =
    dataFile === undefined
      ? undefined
      : readFile(dataFile).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  const [{ render }, { App }, { createElement, prepareSession, onAlternateScreen }, read] = await Promise.all([
    import("ink"),
    import("./ui/App.js"),
    import("./ui/session.js"),
    reading,
  ]);
  mark("modules");
  const session = prepareSession(dataFile, { ...options, read, readStartedAt });
  release();
  mark("data");
  clearOpening();
  if (!session.ok) {
    process.stderr.write(`error: ${session.message}\n`);
    return Exit.usage;
  }
  let pending: NodeJS.Timeout | undefined;
  const exitCode = await onAlternateScreen(async () => {
    let code = session.exitCode;
    // maxFps 120: Ink throttles output, and at its default 30 the results of a keystroke, which render a moment
    // after the typed letter, would wait up to 33 ms for the next slot.
    let frames = 0;
    const onRender = () => {
      if (frames++ > 0) return;
      mark("first-frame");
      // Off the path to the first frame: remember a fresh verdict for the next open of the same file, and build
      // core's indexes before the first key needs them. Keys typed meanwhile wait; none is lost.
      const steps = [...session.afterFirstFrame];
      const next = () => {
        const step = steps.shift();
        if (!step) return mark("after-first-frame");
        step();
        pending = setTimeout(next, 0);
      };
      pending = setTimeout(next, 0);
    };
    const app = render(createElement(App, { ...session.props, onExit: (c: number) => (code = c) }), {
      exitOnCtrlC: false,
      onRender,
      maxFps: 120,
    });
    const stop = () => app.unmount();
    process.once("SIGTERM", stop);
    process.once("SIGHUP", stop);
    await app.waitUntilExit();
    clearTimeout(pending);
    process.off("SIGTERM", stop);
    process.off("SIGHUP", stop);
    return code;
  });
  // With the terminal restored: whatever must not be lost by quitting early (the verdict, if not yet remembered).
  session.beforeExit();
  return exitCode;
};

runCli(process.argv.slice(2), processIo(), interactive).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a user error: one line, and the stack only when asked for (PARLEY_DEBUG=1).
    process.stderr.write(`parley: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env.PARLEY_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ""}\n`);
    process.exitCode = 70;
  },
);
