// Holds V8's incremental marking off while a large dataset file is read and parsed. Prompted by the file's bytes as
// external memory, marking would otherwise start early and run through the whole of `JSON.parse`, so that every object
// the parse creates pays the marking barrier; deferring it to one collection afterwards costs far less than it saves.
// The figures are in BENCHMARKS.md, Terminal.
import { setFlagsFromString } from "node:v8";

let holds = 0;

function setMarking(on: boolean): void {
  try {
    setFlagsFromString(on ? "--incremental-marking" : "--no-incremental-marking");
  } catch {
    // A Node.js that refuses the flag: collection stays as it was, only slower to parse.
  }
}

/**
 * Holds V8's incremental marking off until the returned release is called (holds nest; marking resumes when the
 * last is released, and a release called twice counts once). Meant for the read and parse of a dataset file.
 */
export function holdMarking(): () => void {
  if (holds++ === 0) setMarking(false);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds === 0) setMarking(true);
  };
}

/** Whether marking is held now (for tests). */
export function markingHeld(): boolean {
  return holds > 0;
}
