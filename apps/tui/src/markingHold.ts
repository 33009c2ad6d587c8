// While a large dataset file is read and parsed, V8's incremental marking (its background garbage-collection pass)
// starts early, prompted by the file's bytes as external memory, and runs through the whole of `JSON.parse`: every
// object the parse creates then pays the marking barrier, which made parsing a large file markedly slower. Holding
// marking off for the parse defers that collection to one pass afterwards, which costs far less than it saved.
// The figures are in BENCHMARKS.md (Terminal, and Measurements behind design choices).
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
