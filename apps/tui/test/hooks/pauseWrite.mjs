// A test hook, loaded with `node --import`: pauses the process at one file operation on a temporary file (`.tmp`)
// so a test can kill it mid-write. PARLEY_TEST_PAUSE_AT is `open:N` (the Nth temporary file is being created) or
// `rename:N` (the Nth one is about to replace its target); PARLEY_TEST_PAUSED names a file written on pausing.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const [operation, nth] = (process.env.PARLEY_TEST_PAUSE_AT ?? "").split(":");
const marker = process.env.PARLEY_TEST_PAUSED;
const name = { open: "openSync", rename: "renameSync" }[operation];
if (name && marker) {
  const original = fs[name];
  let count = 0;
  fs[name] = function paused(...args) {
    if (String(args[0]).endsWith(".tmp") && ++count === Number(nth)) {
      fs.writeFileSync(marker, `${name} ${args[0]}\n`);
      // Wait to be killed (at most a minute, so a test that forgets cannot leave it behind for long).
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    }
    return original.apply(this, args);
  };
  syncBuiltinESMExports();
}
