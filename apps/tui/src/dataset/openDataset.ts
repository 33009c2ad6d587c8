// Opens the dataset the terminal works on: the shipped one, or a `--data` file or data folder read by core's
// `readDataset` (validated, or known valid from the verdict cache: same bytes, same validator, same source texts).
import {
  createParley,
  createParleyInSlices,
  type Dataset,
  type Language,
  type Parley,
  type SlicedBuildOptions,
  type ValidationIssue,
  type ValidationNotice,
} from "@parley/core";
import { datasetTextsDir, readDataset, type FileProblem } from "@parley/core/node";
import { statSync, type BigIntStats } from "node:fs";
import { messagesFor } from "../i18n/messagesFor.js";
import { mark } from "../process/profile.js";
import { shippedDataset } from "./shippedDataset.js";
import {
  applyNormalization,
  cacheDir,
  entryName,
  fileIdentity,
  mayKnow,
  nameByIdentity,
  readVerdict,
  rememberIdentity,
  sourceTextFiles,
  verdictKey,
  writeVerdict,
} from "./verdictCache.js";

/** The command line's dataset options (`--data FILE`, `--revalidate`), as every command and the interface get them. */
export interface DataOptions {
  /** A dataset file or data folder to use instead of the shipped dataset. */
  data?: string;
  /** Validate the `--data` file even if the verdict cache knows its bytes are valid. */
  revalidate?: boolean;
}

/** How a loaded dataset was checked: shipped (validated when built), validated now, or known valid from the cache. */
export type Validation = "shipped" | "validated" | "validated (cached)";

/** A dataset ready to browse. */
export interface Loaded {
  ok: true;
  dataset: Dataset;
  /** Core's query engine over the dataset, built on first use (some commands never need it). */
  readonly parley: Parley;
  /** Whether `parley` has been built (by its first use or by `prepareParley`); asking builds nothing. */
  readonly parleyBuilt: boolean;
  /**
   * Builds `parley` in slices that each hold the thread for a few milliseconds, so it is ready by its first use and
   * keys are handled meanwhile; does nothing if it is built already, and one build serves every caller. Settles when
   * the build has ended; never rejects: if the signal stopped it (or it failed), `parley` builds at once when used.
   * If `parley` is used before the build ends, it is built at once as usual, and the sliced build's result is dropped.
   */
  prepareParley(options?: SlicedBuildOptions): Promise<void>;
  origin: string;
  notices: readonly ValidationNotice[];
  validation: Validation;
  /**
   * Remembers a fresh clean verdict in the cache (once), so the next open of the same bytes skips validation;
   * false when there was nothing to remember (see `OpenOptions.remember`) or the cache cannot be written.
   */
  remember(): boolean;
}

/** A dataset ready to browse, or why it is not. */
export type LoadResult =
  | Loaded
  | { ok: false; reason: "unreadable"; origin: string; problem: FileProblem }
  | {
      ok: false;
      reason: "invalid";
      origin: string;
      issues: readonly ValidationIssue[];
      notices: readonly ValidationNotice[];
    };

/** Options of `openDataset`. */
export interface OpenOptions extends Pick<DataOptions, "revalidate"> {
  /** The verdict cache's folder; null for none. By default `cacheDir()`. */
  cache?: string | null;
  /** Keep what `remember()` needs (the file's parsed value, as large as the dataset) until it is called. */
  remember?: boolean;
  /** The file's bytes, read already (or the error reading them), e.g. while other modules were loading. */
  read?: Buffer | Error;
  /** When that read started (ms since the epoch), so the file's identity on disk can vouch for the bytes. */
  readStartedAt?: number;
  /** The file's status, taken once after that read (so a change before the read shows in it); taken here if not given. */
  stat?: BigIntStats;
}

function loaded(
  dataset: Dataset,
  origin: string,
  notices: readonly ValidationNotice[],
  validation: Validation,
  remember: () => boolean = () => false,
): Loaded {
  let parley: Parley | undefined;
  let preparing: Promise<void> | undefined;
  return {
    ok: true,
    dataset,
    origin,
    notices,
    validation,
    remember,
    get parley() {
      return (parley ??= createParley(dataset));
    },
    get parleyBuilt() {
      return parley !== undefined;
    },
    prepareParley(options) {
      if (parley) return Promise.resolve();
      preparing ??= createParleyInSlices(dataset, options).then(
        (built) => {
          parley ??= built; // one built at once meanwhile (by the getter) stays the one in use
          preparing = undefined;
        },
        () => void (preparing = undefined),
      );
      return preparing;
    },
  };
}

/** A file's entry name in the verdict cache. */
function nameOf(bytes: Buffer, texts: ReadonlyMap<string, string>): string {
  return entryName(bytes.length, verdictKey(bytes, texts));
}

/** A file's status to the nanosecond, or undefined when it cannot be stat-ed. */
export function statOf(file: string): BigIntStats | undefined {
  try {
    return statSync(file, { bigint: true });
  } catch {
    return undefined;
  }
}

/** The `origin` of the shipped dataset (a file's origin is its path). */
export const SHIPPED_ORIGIN = "the shipped dataset";

/** Where a dataset came from, for people reading a language: the shipped dataset in its words, a file as its path. */
export function originIn(origin: string, language: Language): string {
  return origin === SHIPPED_ORIGIN ? messagesFor(language).common.shippedDataset : origin;
}

/**
 * The shipped dataset (loaded first by `loadShippedDataset`), or the file or data folder given with `--data`, validated
 * first by core's validator (or known valid from the verdict cache: same bytes, same validator, same source texts);
 * never throws for a bad file.
 */
export function openDataset(file: string | undefined, options: OpenOptions = {}): LoadResult {
  if (file === undefined) return loaded(shippedDataset(), SHIPPED_ORIGIN, [], "shipped");
  const readStartedAt = options.read === undefined ? Date.now() : options.readStartedAt;
  const dir = options.cache === undefined ? cacheDir() : options.cache;
  let textFiles: ReadonlyMap<string, string> | undefined;
  // The shared texts and the file's own (`texts/` beside it, read first), so a changed text never meets a stale verdict.
  const textsNow = () =>
    (textFiles ??= new Map([
      ...sourceTextFiles(),
      ...[...sourceTextFiles(datasetTextsDir(file, "file"))].map(([name, text]) => [`own/${name}`, text] as const),
    ]));
  let lookup: string | null = null;
  let identity: string | null = null;
  let known: ReturnType<typeof readVerdict> = null;
  // Asked with the file's bytes once read, before they are parsed: whether a remembered verdict vouches for them.
  const validate = (bytes: Buffer): boolean => {
    mark("read");
    // The file's identity on disk, when it can vouch for the bytes: same size, and changed well before the read.
    const stat = dir === null || readStartedAt === undefined ? undefined : (options.stat ?? statOf(file));
    identity =
      stat !== undefined && stat.size === BigInt(bytes.length) ? fileIdentity(stat, readStartedAt!, textsNow()) : null;
    if (dir !== null && !options.revalidate) {
      const byIdentity = identity === null ? null : nameByIdentity(dir, identity);
      known = byIdentity === null ? null : readVerdict(dir, byIdentity);
      if (known) lookup = byIdentity;
      // Hashing 100 MB takes a moment: only when the cache holds a file of this size (on a first open it never does).
      else if (mayKnow(dir, bytes.length)) {
        lookup = nameOf(bytes, textsNow());
        known = readVerdict(dir, lookup);
        if (known && identity !== null) rememberIdentity(dir, identity, lookup);
      }
    }
    mark("looked-up");
    return known === null;
  };
  const read = readDataset(file, { bytes: options.read, validate, onParsed: () => mark("parsed") });
  if (!read.ok) return { ok: false, reason: "unreadable", origin: file, problem: read.problem };
  const verdict = known as ReturnType<typeof readVerdict>;
  if (verdict)
    return loaded(applyNormalization(read.raw, verdict.normalization), file, verdict.notices, "validated (cached)");
  const result = read.validation!;
  mark("validated");
  if (!result.ok) return { ok: false, reason: "invalid", origin: file, issues: result.issues, notices: result.notices };
  // A data folder has no bytes to remember a verdict by.
  if (!options.remember || dir === null || read.bytes === undefined)
    return loaded(result.dataset, file, result.notices, "validated");
  // Held until remembered: the file's value as read and its bytes (to name the entry when no lookup did).
  let pending: { raw: unknown; bytes: Buffer } | undefined = { raw: read.raw, bytes: read.bytes };
  const remember = () => {
    if (pending === undefined) return false;
    const name = lookup ?? nameOf(pending.bytes, textsNow());
    const written = writeVerdict(dir, name, pending.raw, result.dataset, result.notices);
    if (written && identity !== null) rememberIdentity(dir, identity, name);
    pending = undefined;
    return written;
  };
  return loaded(result.dataset, file, result.notices, "validated", remember);
}
