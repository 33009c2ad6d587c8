// The `parley` command: argument parsing (program.ts), then a subcommand or `render(<App/>)`.
import { Exit } from "./errors.js";
import { processIo } from "./io.js";
import { runCli, type Interactive } from "./program.js";

const interactive: Interactive = async (dataFile) => {
  // Loaded only here, so scripted commands never pay for React and Ink; React's production build unless told
  // otherwise. (So no JSX in this file: its static `react/jsx-runtime` import would load React before this line.)
  process.env.NODE_ENV ??= "production";
  const [{ render }, { createElement }, { App }, { prepareSession, onAlternateScreen }] = await Promise.all([
    import("ink"),
    import("react"),
    import("./ui/App.js"),
    import("./ui/session.js"),
  ]);
  const session = prepareSession(dataFile);
  if (!session.ok) {
    process.stderr.write(`error: ${session.message}\n`);
    return Exit.usage;
  }
  return onAlternateScreen(async () => {
    let code = session.exitCode;
    const app = render(createElement(App, { ...session.props, onExit: (c: number) => (code = c) }), { exitOnCtrlC: false });
    const stop = () => app.unmount();
    process.once("SIGTERM", stop);
    process.once("SIGHUP", stop);
    await app.waitUntilExit();
    process.off("SIGTERM", stop);
    process.off("SIGHUP", stop);
    return code;
  });
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
