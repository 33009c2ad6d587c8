import { basename } from "node:path";

/** Files at least this large get an "Opening…" line while they load (smaller ones open in well under half a second). */
export const OPENING_LINE_BYTES = 8_000_000;

/**
 * The line shown on the terminal while a large `--data` file is read and checked before the first frame (null for a
 * small file): its name, its size, and what is happening, fitted to `columns`.
 */
export function openingLine(file: string, bytes: number, columns: number): string | null {
  if (bytes < OPENING_LINE_BYTES) return null;
  const size = bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
  const full = `Opening ${basename(file)} (${size}): reading and checking it…`;
  if (full.length <= columns) return full;
  const short = `Opening (${size})…`;
  return short.length <= columns ? short : short.slice(0, Math.max(columns, 0));
}
