// Remembers that a dataset file validated clean, so opening the identical bytes again skips validation.
//
// An entry is named by the file's size and a key over everything the verdict depends on: the file's bytes, core's
// version, the validator's rules, this program's version and the source texts the fragments were checked against.
// The size comes first so that a file of a size never seen needs no hashing at all: a first open pays nothing. Validation
// also normalizes (fills defaults, orders keys as the schema does), so an entry also keeps what normalization
// changed: the records (and top-level fields) whose validated form differs from the file's, usually none or a few.
//
// Hashing a large file takes a noticeable moment, so the cache also remembers files by identity on disk (device, inode,
// size, modification and change times to the nanosecond, as git's index and ESLint's cache do): an open whose file
// has the identity of one already known skips the hash too. An identity is only recorded and trusted for a file that
// last changed well before it was read (`SETTLED_MS`), so a change within a coarse file-system clock tick of the read
// cannot hide behind an unchanged time; a change at any later time gives the file a new change time.
// Nothing here throws: an unreadable or unwritable cache is a cache miss.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, type BigIntStats } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { validationRules, type Dataset, type ValidationNotice } from "@parley/core";
import { findSourceTextsDir, writeFileAtomic } from "@parley/core/node";
import corePackage from "@parley/core/package.json" with { type: "json" };
import tuiPackage from "../../package.json" with { type: "json" };

/** What validation changed in a file's parsed value: applied to that value, it gives the validated dataset. */
export interface Normalization {
  /** The top-level fields, in the validated dataset's order. */
  keys: string[];
  /** Top-level fields whose whole value changed (a non-array field, or an array whose length changed). */
  values: Record<string, unknown>;
  /** Records that changed, by kind and position. */
  records: Record<string, Record<string, unknown>>;
}

/** A remembered verdict: the file validated clean, with these notices, and validation changed this much of it. */
export interface CachedVerdict {
  notices: ValidationNotice[];
  normalization: Normalization;
}

/** How many entries to keep; the least recently written go first. */
const KEEP = 16;
// 3: notices carry their detail (`issueMessage` words them in the reader's language).
const FORMAT = 3;

/** The cache folder: `$XDG_CACHE_HOME/parley`, else `~/.cache/parley`. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith("/") ? env.XDG_CACHE_HOME : join(homedir(), ".cache");
  return join(base, "parley");
}

/** A hash of everything a verdict depends on besides the file: versions, the validator's rules and the source texts. */
function environmentHash(texts: ReadonlyMap<string, string>) {
  const hash = createHash("sha256");
  hash.update(
    `parley-verdict ${FORMAT}\ncore ${corePackage.version}\ntui ${tuiPackage.version}\n${JSON.stringify(validationRules)}\n`,
  );
  for (const [id, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(`text ${id} ${createHash("sha256").update(text).digest("hex")}\n`);
  return hash;
}

/**
 * The key of a verdict: a hash of the file's bytes and of everything else validation depends on (`texts`: the source
 * texts that fragments may be checked against, by file name).
 */
export function verdictKey(bytes: Uint8Array, texts: ReadonlyMap<string, string>): string {
  return environmentHash(texts).update(bytes).digest("hex");
}

/** How long before its read a file must have last changed for its identity on disk to stand for the bytes read. */
export const SETTLED_MS = 2000;

/**
 * A file's identity on disk, with everything else validation depends on (`texts` as for `verdictKey`), or null when
 * it cannot vouch for bytes read from `stat`'s file starting at `readStartedAt` (ms since the epoch): the file
 * changed too shortly before the read (or after it, by its clock).
 */
export function fileIdentity(
  stat: BigIntStats,
  readStartedAt: number,
  texts: ReadonlyMap<string, string>,
): string | null {
  const changed = Number((stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs) / 1_000_000n);
  if (changed > readStartedAt - SETTLED_MS) return null;
  const environment = environmentHash(texts).digest("hex").slice(0, 32);
  return `${environment}:${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

const IDENTITIES = "identities.json";

function readIdentities(dir: string): Record<string, string> {
  try {
    const value = JSON.parse(readFileSync(join(dir, IDENTITIES), "utf8")) as { format?: unknown; names?: unknown };
    return value.format === FORMAT && typeof value.names === "object" && value.names !== null
      ? (value.names as Record<string, string>)
      : {};
  } catch {
    return {};
  }
}

/** The entry name remembered for a file identity (see `fileIdentity`), or null. */
export function nameByIdentity(dir: string, identity: string): string | null {
  const name = readIdentities(dir)[identity];
  return typeof name === "string" && /^\d+-[0-9a-f]{64}$/u.test(name) ? name : null;
}

/**
 * Remembers that a file identity has the entry `name` (for entries that exist; the oldest identities go first). Returns
 * whether it was written.
 */
export function rememberIdentity(dir: string, identity: string, name: string): boolean {
  try {
    const names = readIdentities(dir);
    delete names[identity];
    names[identity] = name;
    const kept = Object.entries(names)
      .filter(([, n]) => statSync(join(dir, `${n}.json`), { throwIfNoEntry: false }) !== undefined)
      .slice(-KEEP);
    writeFileAtomic(join(dir, IDENTITIES), JSON.stringify({ format: FORMAT, names: Object.fromEntries(kept) }));
    return true;
  } catch {
    return false;
  }
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

/** The name an entry has in the cache folder (without ".json"). */
export function entryName(size: number, key: string): string {
  return `${size}-${key}`;
}

/** Whether the cache may know a file of this many bytes (false means it certainly does not: no need to hash it). */
export function mayKnow(dir: string, size: number): boolean {
  try {
    const prefix = `${size}-`;
    return readdirSync(dir).some((name) => name.startsWith(prefix));
  } catch {
    return false;
  }
}

/** The verdict remembered under an entry name, or null (none, unreadable, or from another format). */
export function readVerdict(dir: string, name: string): CachedVerdict | null {
  try {
    const entry = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as {
      format?: unknown;
      notices?: unknown;
      normalization?: Normalization;
    };
    const n = entry.normalization;
    if (
      entry.format !== FORMAT ||
      !Array.isArray(entry.notices) ||
      !n ||
      !Array.isArray(n.keys) ||
      typeof n.values !== "object" ||
      typeof n.records !== "object"
    )
      return null;
    return { notices: entry.notices as ValidationNotice[], normalization: n };
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

/** What validation changed: compares the file's parsed value with the validated dataset, record by record. */
export function normalizationOf(parsed: unknown, dataset: Dataset): Normalization {
  const raw = (parsed ?? {}) as Record<string, unknown>;
  const out = dataset as unknown as Record<string, unknown>;
  const normalization: Normalization = { keys: Object.keys(out), values: {}, records: {} };
  for (const key of normalization.keys) {
    const before = raw[key];
    const after = out[key];
    if (Array.isArray(after) && Array.isArray(before) && before.length === after.length) {
      const changed: Record<string, unknown> = {};
      let any = false;
      for (let i = 0; i < after.length; i++) {
        if (!sameJson(before[i], after[i])) {
          changed[i] = after[i];
          any = true;
        }
      }
      if (any) normalization.records[key] = changed;
    } else if (!sameJson(before, after)) normalization.values[key] = after;
  }
  return normalization;
}

/** The validated dataset again, from the file's parsed value and what validation changed in it (reuses `parsed`). */
export function applyNormalization(parsed: unknown, normalization: Normalization): Dataset {
  const raw = parsed as Record<string, unknown>;
  const dataset: Record<string, unknown> = {};
  for (const key of normalization.keys) {
    if (Object.hasOwn(normalization.values, key)) dataset[key] = normalization.values[key];
    else {
      const value = raw[key];
      const changed = normalization.records[key];
      if (changed && Array.isArray(value)) for (const [i, record] of Object.entries(changed)) value[Number(i)] = record;
      dataset[key] = value;
    }
  }
  return dataset as unknown as Dataset;
}

/** Removes all but the newest entries. */
function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((name) => /^\d+-[0-9a-f]{64}\.json$/u.test(name))
    .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { name } of entries.slice(KEEP)) rmSync(join(dir, name), { force: true });
}

/**
 * Remembers that the file behind an entry name validated clean. `parsed` is the file's value as read, `dataset`
 * what validation made of it. Returns whether the verdict was written (false when the cache cannot be written).
 */
export function writeVerdict(
  dir: string,
  name: string,
  parsed: unknown,
  dataset: Dataset,
  notices: readonly ValidationNotice[],
): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(
      join(dir, `${name}.json`),
      JSON.stringify({ format: FORMAT, notices, normalization: normalizationOf(parsed, dataset) }),
    );
    prune(dir);
    return true;
  } catch {
    return false;
  }
}
