import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** A temporary name beside `path` (same folder, so a rename over `path` never crosses file systems). */
export function besidePath(path: string, tag: string): string {
  return join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${Date.now()}.${tag}`);
}

/**
 * Writes `content` to `path` and flushes it to the disk before returning (so a later rename publishes whole bytes).
 * `flag` "wx" creates the file and fails if it exists.
 */
export function writeFileSynced(path: string, content: string | Uint8Array, flag: "w" | "wx" = "w"): void {
  const fd = openSync(path, flag);
  try {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename inside it) to the disk; quietly does nothing where folders cannot be synced. */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Some systems cannot open or sync a folder; the rename itself is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a file atomically: to a temporary file beside it, flushed, then renamed over the target, so a failure never
 * leaves half a file and the target is either as it was or wholly new.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temp = besidePath(path, "tmp");
  try {
    writeFileSynced(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(resolve(path)));
}
