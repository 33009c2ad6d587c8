import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";

/** A path inside the journal's folder: relative, with no `..` step, no empty step and no backslash. */
const InnerPath = z
  .string()
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))(?!.*\/\/)[^\\\0]+$/u, "a relative path inside the folder");

/** One file of a write: the target, the new contents' temporary name, and the old contents' second name. */
export const JournalFile = z.strictObject({
  target: InnerPath,
  temp: InnerPath,
  /** Where the old contents are kept while the write runs; null when the target did not exist. */
  backup: InnerPath.nullable(),
});
export type JournalFile = z.infer<typeof JournalFile>;

/**
 * The journal of a write of several files, kept beside them while the write runs, so that a write cut short (the
 * process killed, the machine stopped) is finished or undone the next time the files are read or written:
 * `prepared` (new files being written: undone), `committed` (every new file written and flushed: finished) or
 * `rolling-back` (a rename failed: undone).
 */
export const WriteJournal = z.strictObject({
  state: z.enum(["prepared", "committed", "rolling-back"]),
  /** The writing process; while it runs, its journal is left alone. */
  pid: z.number().int().positive(),
  files: z.array(JournalFile),
  /** Folders the write creates (a `texts/` folder), removed again if it is undone and they are empty. */
  folders: z.array(InnerPath),
});
export type WriteJournal = z.infer<typeof WriteJournal>;

/** The name of a data folder's journal, inside it. */
export const FOLDER_JOURNAL = ".parley-write.journal";

/** Where the journal of a write to `path` is kept: inside a data folder, or beside a single dataset file. */
export function writeJournalPath(path: string, layout: "file" | "folder"): string {
  const full = resolve(path);
  return layout === "folder" ? join(full, FOLDER_JOURNAL) : join(dirname(full), `.${basename(full)}.journal`);
}
