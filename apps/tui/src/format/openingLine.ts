import { basename } from "node:path";
import type { Language } from "@parley/core";
import { messagesFor } from "../i18n/messagesFor.js";

/** Files at least this large get an "Opening…" line while they load (smaller ones open in well under half a second). */
export const OPENING_LINE_BYTES = 8_000_000;

/**
 * The line shown on the terminal while a large `--data` file is read and checked before the first frame (null for a
 * small file): its name, its size, and what is happening, fitted to `columns`.
 */
export function openingLine(file: string, bytes: number, columns: number, language: Language = "en"): string | null {
  if (bytes < OPENING_LINE_BYTES) return null;
  const t = messagesFor(language).screens;
  const size = bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
  const full = t.opening(basename(file), size);
  if (Array.from(full).length <= columns) return full;
  const short = t.openingShort(size);
  return Array.from(short).length <= columns ? short : Array.from(short).slice(0, Math.max(columns, 0)).join("");
}
