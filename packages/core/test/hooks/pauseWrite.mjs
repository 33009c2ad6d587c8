// A test hook, loaded with `node --import`: pauses the process at one file operation so a test can kill it there
// (SIGKILL: no chance to clean up). PARLEY_TEST_PAUSE_AT is `OPERATION:N` or `OPERATION:N:SUFFIX`: the process pauses
// before the Nth `open` (openSync), `rename` (renameSync, counted by its source) or `unlink` (unlinkSync) of a path
// ending in SUFFIX (by default `.tmp`, the temporary files of a write). PARLEY_TEST_PAUSED names a file written on
// pausing, with the operation and its path.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const [operation, nth, suffix = ".tmp"] = (process.env.PARLEY_TEST_PAUSE_AT ?? "").split(":");
const marker = process.env.PARLEY_TEST_PAUSED;
const name = { open: "openSync", rename: "renameSync", unlink: "unlinkSync" }[operation];
if (name && marker) {
  const original = fs[name];
  let count = 0;
  fs[name] = function paused(...args) {
    if (String(args[0]).endsWith(suffix) && ++count === Number(nth)) {
      fs.writeFileSync(marker, `${name} ${args[0]}\n`);
      // Wait to be killed (at most a minute, so a test that forgets cannot leave it behind for long).
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    }
    return original.apply(this, args);
  };
  syncBuiltinESMExports();
}
