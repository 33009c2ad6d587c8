import { rmSync } from "node:fs";
import { readJournal, settleJournal } from "./commitFiles.js";
import { writeJournalPath } from "./WriteJournal.js";
import { FileProblemError, reasonOf } from "./FileProblem.js";

/**
 * What `recoverWrite` found: no journal; a write under way in a process that still runs (left alone); or an
 * interrupted write that it finished or undid.
 */
export type WriteRecovery = "none" | "under-way" | "finished" | "undone";

/** Whether a process runs (one of another user counts). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Finishes or undoes a write to a dataset file or data folder that was cut short (the process killed, the machine
 * stopped), from the journal the write keeps (`commitFiles`), so every file is as before or every file is new. Run
 * before each read and write of a dataset. Throws one line when it cannot.
 */
export function recoverWrite(path: string): WriteRecovery {
  try {
    for (const layout of ["folder", "file"] as const) {
      const journalPath = writeJournalPath(path, layout);
      const journal = readJournal(journalPath);
      if (journal === null) continue;
      if (journal === "cut-short") {
        rmSync(journalPath, { force: true });
        return "undone";
      }
      if (journal.pid !== process.pid && isRunning(journal.pid)) return "under-way";
      return settleJournal(journalPath, journal);
    }
    return "none";
  } catch (error) {
    throw new FileProblemError({ key: "cannot-recover", path, reason: reasonOf(error) }, { cause: error });
  }
}
