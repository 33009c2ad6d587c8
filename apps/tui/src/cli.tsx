// The `parley` command: argument parsing (program.ts), then a subcommand or `render(<App/>)` on the session that
// dataset/openSession.ts opens.
import { openSession } from "./dataset/openSession.js";
import { messagesFor } from "./i18n/messagesFor.js";
import { runCli, type Interactive } from "./program.js";
import { Exit } from "./process/errors.js";
import { processIo } from "./process/io.js";
import { mark } from "./process/profile.js";

const ENTER_ALT_SCREEN = "\u001B[?1049h\u001B[H";
const LEAVE_ALT_SCREEN = "\u001B[?1049l";

/** Runs the interface on the terminal's alternate screen and always restores the normal screen afterwards. */
async function onAlternateScreen<T>(run: () => Promise<T>): Promise<T> {
  process.stdout.write(ENTER_ALT_SCREEN);
  try {
    return await run();
  } finally {
    process.stdout.write(LEAVE_ALT_SCREEN);
  }
}

const interactive: Interactive = async (options, language) => {
  mark("args");
  // Ink and the interface load only here, so scripted commands never pay for React and Ink (and no JSX in this file: a
  // static `react/jsx-runtime` import would load React for every command); the --data file is read meanwhile.
  const opened = await openSession(options, language, () => Promise.all([import("ink"), import("./ui/App.js")]));
  if (!opened.ok) {
    process.stderr.write(`${messagesFor(language).common.error}: ${opened.message}\n`);
    return Exit.usage;
  }
  const {
    session,
    createElement,
    modules: [{ render }, { App }],
  } = opened;
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
