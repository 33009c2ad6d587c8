import type { Language, ValidationIssue } from "@parley/core";
import { fileProblemMessage } from "@parley/core/node";
import { openDataset, type DataOptions, type Loaded } from "../dataset/openDataset.js";
import { loadShippedDataset } from "../dataset/shippedDataset.js";
import { UserError } from "../process/errors.js";
import type { Io } from "../process/io.js";

/** Thrown when `--data` names a dataset with validation issues: they are printed grouped, and the exit code is 1. */
export class DatasetIssues extends Error {
  constructor(
    readonly origin: string,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(`${origin} has ${issues.length} validation issues`);
    this.name = "DatasetIssues";
  }
}

/** What every subcommand gets: where to write, in which language, and the dataset (loaded on first use). */
export interface Context {
  io: Io;
  /** The language of the interface: of messages, labels and dates (never of `--json`, which is neutral). */
  language: Language;
  /** The command line's dataset options, as parsed. */
  options(): DataOptions;
  /**
   * The dataset to query, validated, loaded on first call (the shipped records' module, unless `--data` names another
   * file); rejects with `UserError` or `DatasetIssues` when it cannot be used.
   */
  data(): Promise<Loaded>;
}

/** A context that loads the dataset (shipped, or `--data FILE`) once, when a command first asks for it. */
export function createContext(io: Io, options: () => DataOptions, language: Language): Context {
  let loaded: Loaded | undefined;
  return {
    io,
    language,
    options,
    async data() {
      if (loaded) return loaded;
      const { data, revalidate } = options();
      if (data === undefined) await loadShippedDataset();
      const result = openDataset(data, { revalidate });
      if (!result.ok) {
        if (result.reason === "unreadable") throw new UserError(fileProblemMessage(result.problem, language));
        throw new DatasetIssues(result.origin, result.issues);
      }
      loaded = result;
      return result;
    },
  };
}
