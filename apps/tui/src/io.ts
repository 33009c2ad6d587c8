/** Where a command writes, and what kind of terminal it runs in. Tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (colour and the interactive interface need it). */
  stdoutIsTTY: boolean;
  /** Whether stdin is a terminal (keyboard input needs it). */
  stdinIsTTY: boolean;
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
  };
}

/** Whether to colour output: only on a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function wantsColour(stdoutIsTTY: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return stdoutIsTTY && (env.NO_COLOR === undefined || env.NO_COLOR === "");
}

/** JSON for output: indented on a terminal, one compact line in a pipe. */
export function toJsonText(value: unknown, io: Pick<Io, "stdoutIsTTY">): string {
  return `${io.stdoutIsTTY ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
}
