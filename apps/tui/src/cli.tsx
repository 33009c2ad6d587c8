// The `parley` command: argument parsing, then either a subcommand or the interactive interface.
import { processIo } from "./io.js";
import { runCli, type Interactive } from "./program.js";

const interactive: Interactive = async (dataFile) => {
  // Loaded only when needed, so scripted commands never pay for React and Ink.
  const { startInteractive } = await import("./ui/start.js");
  return startInteractive(dataFile);
};

runCli(process.argv.slice(2), processIo(), interactive).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a user error: say so in one line, keep the stack for those who ask for it.
    process.stderr.write(`parley: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env.PARLEY_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ""}\n`);
    process.exitCode = 70;
  },
);
