// Writes several files all or none, with a journal beside them (`WriteJournal`). The journal is written first and
// names every file the write will touch. Then each new file is written beside its target and flushed, the old
// contents are kept under a second name (a hard link), and the journal is marked committed; then the new files are
// renamed over their targets and the journal is removed. If the process dies at any instant, the next read or write
// of the files (`recoverWrite`) finds the journal and undoes the write (it was not committed) or finishes it (it
// was). A failure this process sees (a full disk, a rename refused) is undone at once.
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { FileProblemError } from "./FileProblem.js";
import { besidePath, syncFolder, writeFileSynced } from "./writeFileAtomic.js";
import { WriteJournal } from "./WriteJournal.js";

/** Keeps the current contents of `target` under `backup`: a hard link, else a copy. */
function keep(target: string, backup: string): void {
  try {
    linkSync(target, backup);
  } catch {
    copyFileSync(target, backup);
  }
}

/** The folders holding the journal's files (each once), the journal's own first. */
function foldersOf(root: string, journal: WriteJournal): string[] {
  return [...new Set([root, ...journal.files.map((f) => dirname(join(root, f.target)))])];
}

/** Replaces the journal by a new state of it, atomically (a temporary file renamed over it). */
function restate(path: string, journal: WriteJournal): void {
  writeFileSynced(`${path}.tmp`, JSON.stringify(journal));
  renameSync(`${path}.tmp`, path);
  syncFolder(dirname(path));
}

/** Removes the journal (and a temporary state of it), flushed: the write is then over. */
function closeJournal(path: string): void {
  rmSync(`${path}.tmp`, { force: true });
  unlinkSync(path);
  syncFolder(dirname(path));
}

/** Puts every file back as it was and removes what the write left; throws a line naming what it could not restore. */
function rollBack(root: string, journal: WriteJournal): void {
  const failures: string[] = [];
  // Every old file back first, then the new files' leftovers, so a rollback cut short can simply run again.
  for (const file of journal.files) {
    const target = join(root, file.target);
    try {
      if (file.backup === null) rmSync(target, { force: true });
      else if (existsSync(join(root, file.backup))) {
        renameSync(join(root, file.backup), target);
        // A rename between two links of one file does nothing: the target was never replaced, and the link goes.
        rmSync(join(root, file.backup), { force: true });
      }
    } catch (error) {
      failures.push(`${target} (${(error as Error).message})`);
    }
  }
  // With an old file not restored, the new files stay: a committed write can then still be finished instead.
  if (failures.length > 0)
    throw new Error(`could not restore ${failures.join(", ")}; the old versions are beside them`);
  for (const file of journal.files) rmSync(join(root, file.temp), { force: true });
  for (const folder of [...journal.folders].reverse()) {
    try {
      rmdirSync(join(root, folder));
    } catch {
      // Not empty (something else was put there) or gone already: left as it is.
    }
  }
  for (const folder of foldersOf(root, journal)) if (existsSync(folder)) syncFolder(folder);
}

/** Renames every new file that is not in place yet over its target, then drops the old versions. */
function rollForward(root: string, journal: WriteJournal): void {
  for (const file of journal.files)
    if (existsSync(join(root, file.temp))) renameSync(join(root, file.temp), join(root, file.target));
  for (const folder of foldersOf(root, journal)) syncFolder(folder);
}

/** Drops the old versions a finished write kept. */
function dropBackups(root: string, journal: WriteJournal): void {
  for (const file of journal.files) if (file.backup !== null) rmSync(join(root, file.backup), { force: true });
}

/**
 * Finishes or undoes what the journal at `path` describes (see the module comment) and removes it. Throws a line
 * saying what it could not do.
 */
export function settleJournal(path: string, journal: WriteJournal): "finished" | "undone" {
  const root = dirname(path);
  if (journal.state === "committed") {
    rollForward(root, journal);
    closeJournal(path);
    dropBackups(root, journal);
    return "finished";
  }
  rollBack(root, journal);
  closeJournal(path);
  return "undone";
}

/**
 * The journal at `path`: null when there is none, "cut-short" when its first writing was cut short (nothing else had
 * been done yet). Throws for a file that is not a journal.
 */
export function readJournal(path: string): WriteJournal | "cut-short" | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "cut-short";
  }
  const parsed = WriteJournal.safeParse(value);
  if (!parsed.success) throw new FileProblemError({ key: "not-a-journal", path });
  return parsed.data;
}

/**
 * Writes files (path relative to the journal's folder → contents) all or none, keeping the journal at `journalPath`
 * while it runs (see the module comment). Throws if another write holds the journal, or if the write fails; every file
 * is then as it was.
 */
export function commitFiles(journalPath: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const root = dirname(journalPath);
  const folders: string[] = [];
  const journal: WriteJournal = { state: "prepared", pid: process.pid, files: [], folders };
  for (const name of files.keys()) {
    const target = join(root, name);
    for (let up = dirname(target); up !== root && !existsSync(up); up = dirname(up)) {
      const folder = relative(root, up);
      if (!folders.includes(folder)) folders.push(folder);
    }
    journal.files.push({
      target: name,
      temp: relative(root, besidePath(target, "tmp")),
      backup: existsSync(target) ? relative(root, besidePath(target, "backup")) : null,
    });
  }
  folders.sort((a, b) => a.length - b.length);

  // The journal is created, never replaced, at first: it is the lock another write would find. Cut short while it
  // is written, it reads as cut short (`readJournal`), and nothing else has been done yet.
  try {
    writeFileSynced(journalPath, JSON.stringify(journal), "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      throw new FileProblemError({ key: "write-under-way", path: root, journal: journalPath }, { cause: error });
    rmSync(journalPath, { force: true });
    throw error;
  }
  syncFolder(root);

  const undo = (error: unknown): never => {
    let undoError: Error | null = null;
    try {
      rollBack(root, journal);
      closeJournal(journalPath);
    } catch (caught) {
      undoError = caught as Error;
    }
    if (undoError === null) throw error;
    throw new Error(`${(error as Error).message}; and ${undoError.message}`, { cause: error });
  };
  try {
    for (const folder of folders) mkdirSync(join(root, folder));
    for (const file of journal.files) writeFileSynced(join(root, file.temp), files.get(file.target)!);
    for (const file of journal.files) if (file.backup !== null) keep(join(root, file.target), join(root, file.backup));
    for (const folder of foldersOf(root, journal)) syncFolder(folder);
    restate(journalPath, { ...journal, state: "committed" });
  } catch (error) {
    undo(error);
  }
  try {
    for (const file of journal.files) renameSync(join(root, file.temp), join(root, file.target));
  } catch (error) {
    try {
      restate(journalPath, { ...journal, state: "rolling-back" });
    } catch {
      // The journal still says committed; undoing now may still succeed, and if not, the next read finishes the write.
    }
    undo(error);
  }
  for (const folder of foldersOf(root, journal)) syncFolder(folder);
  closeJournal(journalPath);
  dropBackups(root, journal);
}
