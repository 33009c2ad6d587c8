import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset, Language } from "@parley/core";
import { applyChanges, applyDraft } from "@parley/core/curate";
import {
  DATASET_TEXTS,
  datasetTextsDir,
  fileProblemMessage,
  readJsonFile,
  writeDataset,
  writeProblem,
} from "@parley/core/node";
import { issueLine } from "../format/issues.js";
import { messagesFor } from "../i18n/messagesFor.js";
import { Exit, UserError } from "../process/errors.js";
import { wantsColour, type Io } from "../process/io.js";
import { diffText } from "./diffText.js";
import { readValidDataset } from "./readValidDataset.js";

/** Options of `parley apply`. */
export interface ApplyOptions {
  into: string;
  dryRun?: boolean;
}

/** Runs `write` with SIGINT and SIGTERM held until it returns, so neither can stop the write between two files. */
function uninterrupted(write: () => void): void {
  const hold = () => {};
  process.on("SIGINT", hold);
  process.on("SIGTERM", hold);
  try {
    write();
  } finally {
    process.off("SIGINT", hold);
    process.off("SIGTERM", hold);
  }
}

/**
 * `parley apply DRAFT --into PATH`: merges a reviewed draft into a dataset file or data folder and prints the
 * record-level changes. Writes only when the merged dataset validates, every file at once or none (the article's text
 * into the dataset's texts folder among them), and rewrites only the records that changed; `--dry-run` writes
 * nothing. Exit 1 with one line per issue when the draft cannot be applied.
 */
export function applyCommand(io: Io, draftPath: string, options: ApplyOptions, language: Language): number {
  const t = messagesFor(language).commands;
  const draft = readJsonFile(draftPath);
  if (!draft.ok) throw new UserError(fileProblemMessage(draft.problem, language));
  const { read, dataset } = readValidDataset(options.into, language);
  const result = applyDraft(dataset, draft.value, { texts: read.texts });
  if (!result.ok) {
    io.err(result.issues.map((issue) => `${issueLine(issue, language)}\n`).join(""));
    io.err(`${t.notApplied(draftPath, result.issues.length)}\n`);
    return Exit.issues;
  }
  const texts = textsToWrite(datasetTextsDir(options.into, read.layout), result.texts, t);
  io.out(diffText({ records: result.changes }, wantsColour(io.stdoutIsTTY), language));
  const textFiles = [...texts.keys()].map((name) => join(DATASET_TEXTS, name)).join(", ");
  if (result.changes.length === 0 && texts.size === 0) {
    io.err(`${t.holdsAlready(options.into)}\n`);
    return Exit.ok;
  }
  if (options.dryRun) {
    io.err(`${textFiles ? t.dryRunWithText(options.into, textFiles) : t.dryRun(options.into)}\n`);
    return Exit.ok;
  }
  const merged = applyChanges(read.raw as object, result.changes) as Dataset;
  try {
    uninterrupted(() => writeDataset(options.into, merged, { layout: read.layout, texts }));
  } catch (error) {
    throw new UserError(fileProblemMessage(writeProblem(options.into, error), language));
  }
  io.err(`${textFiles ? t.wroteWithText(options.into, textFiles) : t.wrote(options.into)}\n`);
  return Exit.ok;
}

/**
 * The texts a merge keeps that are not in the dataset's texts folder yet. One there already with other words is
 * never overwritten: a usage error, and nothing is written.
 */
function textsToWrite(
  dir: string,
  texts: ReadonlyMap<string, string>,
  t: ReturnType<typeof messagesFor>["commands"],
): Map<string, string> {
  const missing = new Map<string, string>();
  for (const [name, text] of texts) {
    const file = join(dir, name);
    let there: string | null = null;
    try {
      there = readFileSync(file, "utf8");
    } catch {
      // Not there yet.
    }
    if (there === null) missing.set(name, text);
    else if (there !== text) throw new UserError(t.otherTextThere(file));
  }
  return missing;
}
