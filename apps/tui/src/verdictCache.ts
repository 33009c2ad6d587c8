// Remembers that a dataset file validated clean, so opening the identical bytes again skips validation.
//
// An entry is named by a key over everything the verdict depends on: the file's bytes, core's version, the
// validator's rules, this program's version and the source texts the fragments were checked against. Validation
// also normalizes (fills defaults, orders keys as the schema does), so an entry says whether the file was already
// in that form ("canonical": its parsed value is the validated dataset) or else keeps the normalized copy beside
// it. Nothing here throws: an unreadable or unwritable cache is a cache miss.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { validationRules, type Dataset, type ValidationNotice } from "@parley/core";
import { findSourceTextsDir } from "@parley/core/node";
import corePackage from "@parley/core/package.json" with { type: "json" };
import tuiPackage from "../package.json" with { type: "json" };

/** A remembered verdict: the file validated clean, with these notices. */
export interface CachedVerdict {
  notices: ValidationNotice[];
  /** The file's parsed value is the validated dataset itself; otherwise the entry keeps a normalized copy. */
  canonical: boolean;
}

/** How many normalized copies to keep (each as large as its dataset); the least recently written go first. */
const KEEP_COPIES = 3;
const FORMAT = 1;

/** The cache folder: `$XDG_CACHE_HOME/parley`, else `~/.cache/parley`. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith("/") ? env.XDG_CACHE_HOME : join(homedir(), ".cache");
  return join(base, "parley");
}

/** The key of a verdict: a hash of the file's bytes and of everything else validation depends on (`texts`: the source texts that fragments may be checked against, by file name). */
export function verdictKey(bytes: Uint8Array, texts: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256");
  hash.update(`parley-verdict ${FORMAT}\ncore ${corePackage.version}\ntui ${tuiPackage.version}\n${JSON.stringify(validationRules)}\n`);
  for (const [id, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`text ${id} ${createHash("sha256").update(text).digest("hex")}\n`);
  hash.update(bytes);
  return hash.digest("hex");
}

/** The files of the source-texts folder validation reads from, by name (empty when there is none). */
export function sourceTextFiles(dir: string | null = findSourceTextsDir()): Map<string, string> {
  const files = new Map<string, string>();
  if (!dir) return files;
  try {
    for (const name of readdirSync(dir)) {
      try {
        files.set(name, readFileSync(join(dir, name), "utf8"));
      } catch {
        // A folder or an unreadable file: validation cannot read it either.
      }
    }
  } catch {
    // No folder after all.
  }
  return files;
}

/** The verdict remembered under a key, or null (none, unreadable, or from another format). */
export function readVerdict(dir: string, key: string): CachedVerdict | null {
  try {
    const entry = JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as { format?: unknown; canonical?: unknown; notices?: unknown };
    if (entry.format !== FORMAT || typeof entry.canonical !== "boolean" || !Array.isArray(entry.notices)) return null;
    return { canonical: entry.canonical, notices: entry.notices as ValidationNotice[] };
  } catch {
    return null;
  }
}

/** The normalized copy kept with a non-canonical verdict, parsed; null when it is missing or unreadable. */
export function readNormalizedCopy(dir: string, key: string): Dataset | null {
  try {
    return JSON.parse(readFileSync(join(dir, `${key}.data.json`), "utf8")) as Dataset;
  } catch {
    return null;
  }
}

/** Whether two JSON values are equal, keys in the same order included (so their JSON texts are identical). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

function writeAtomic(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Removes all but the newest normalized copies. */
function prune(dir: string): void {
  const copies = readdirSync(dir)
    .filter((name) => name.endsWith(".data.json"))
    .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { name } of copies.slice(KEEP_COPIES)) {
    rmSync(join(dir, name), { force: true });
    rmSync(join(dir, name.replace(/\.data\.json$/u, ".json")), { force: true });
  }
}

/**
 * Remembers that the file behind `key` validated clean. `parsed` is the file's value as read, `dataset` what
 * validation made of it. Returns whether the verdict was written (false when the cache cannot be written).
 */
export function writeVerdict(dir: string, key: string, parsed: unknown, dataset: Dataset, notices: readonly ValidationNotice[]): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    const canonical = sameJson(parsed, dataset);
    if (!canonical) writeAtomic(join(dir, `${key}.data.json`), JSON.stringify(dataset));
    writeAtomic(join(dir, `${key}.json`), JSON.stringify({ format: FORMAT, canonical, notices }));
    if (!canonical) prune(dir);
    return true;
  } catch {
    return false;
  }
}
