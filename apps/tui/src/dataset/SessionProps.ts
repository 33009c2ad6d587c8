import type { Language, Parley, ValidationIssue } from "@parley/core";
import type { HomeFacts } from "../rows/homeFacts.js";
import type { Validation } from "../rows/rowSources.js";
import type { SearchIndexCache } from "./searchIndex.js";

/** What an opened session hands the interface: the dataset, how it was checked, and how to show it. */
export interface SessionProps {
  /** The dataset to browse; null when it failed validation (then `issues` are shown). */
  parley: Parley | null;
  /** The dataset's search index, as the session builds it; by default built from `parley.dataset` when first searched. */
  search?: SearchIndexCache;
  /** Where the dataset came from ("the shipped dataset" or a file). */
  origin: string;
  /** The dataset's version, when known without asking `parley.dataset` (which freezes a large dataset whole). */
  version?: string;
  /** The home screen's facts, worked out without `parley` (whose indexes a large dataset builds for a while). */
  home?: HomeFacts;
  /** How a `--data` file was checked ("validated", "validated (cached)"), shown on the home screen. */
  validation?: Validation;
  /** Validation issues of a `--data` file that cannot be browsed. */
  issues?: readonly ValidationIssue[];
  /** Colour on or off (off with NO_COLOR or without a terminal). */
  colour?: boolean;
  /** The language of the interface (`--lang`, or the environment's); English by default. */
  language?: Language;
}
