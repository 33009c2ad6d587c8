/** Where a command writes, and what kind of terminal it runs in. Tests pass their own. */
export interface Io {
  out(text: string): void;
  /**
   * Writes pieces in order, waiting whenever the reader falls behind (so a large output is never held whole);
   * resolves when all are written, or early and quietly when the reader has gone (`parley … | head`).
   */
  outEach(pieces: Iterable<string>): Promise<void>;
  err(text: string): void;
  /** Whether stdout is a terminal (colour and the interactive interface need it). */
  stdoutIsTTY: boolean;
  /** Whether stdin is a terminal (keyboard input needs it). */
  stdinIsTTY: boolean;
}

/** Whether a stream's reader has gone: a pipe closed early (EPIPE) or another write error. */
function watchClosed(stream: NodeJS.WriteStream): () => boolean {
  let closed = false;
  // Without a listener, a closed pipe would end the process with a stack trace; with it, output just stops.
  stream.on("error", () => {
    closed = true;
  });
  return () => closed || stream.destroyed;
}

/** Resolves when a stream can take more ('drain') or will take nothing more ('error', 'close'). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("error", done);
    stream.on("close", done);
  });
}

/** Writes pieces to a stream with backpressure, stopping when `closed()` says the reader has gone. */
export async function writePieces(
  stream: NodeJS.WriteStream,
  pieces: Iterable<string>,
  closed: () => boolean,
): Promise<void> {
  for (const piece of pieces) {
    if (closed()) return;
    if (!stream.write(piece)) await drained(stream);
  }
}

/** The process's own streams. */
export function processIo(): Io {
  const stdoutClosed = watchClosed(process.stdout);
  watchClosed(process.stderr);
  return {
    out: (text) => void (stdoutClosed() || process.stdout.write(text)),
    outEach: (pieces) => writePieces(process.stdout, pieces, stdoutClosed),
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
