import { isEdtf } from "@parley/core";
import { InvalidArgumentError, Option, type Command } from "commander";
import { applyCommand, type ApplyOptions } from "./apply.js";
import type { Context } from "./context.js";
import { diffCommand, type DiffOptions } from "./diff.js";
import { draftCommand, type DraftCommandOptions } from "./draft.js";

function dayArg(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || !isEdtf(value))
    throw new InvalidArgumentError("not a day; use YYYY-MM-DD");
  return value;
}

/** Adds the curator's commands (`draft`, `apply`, `diff`) to the program; `done` receives each command's exit code. */
export function addCurateCommands(program: Command, ctx: Context, done: (code: number) => void): void {
  program
    .command("draft")
    .description("draft cited records from a news article (text or saved HTML) and print a review of them")
    .argument("<file>", "the article, or - for standard input")
    .option("--url <url>", "the article's address")
    .addOption(new Option("--published <date>", "its publication date, YYYY-MM-DD").argParser(dayArg))
    .option("--publisher <name>", "who published it (a name or an organization's id)")
    .addOption(new Option("--lang <lang>", "its language (detected when left out)").choices(["en", "vi", "ru"]))
    .option("--json", "print the draft as JSON instead of the review")
    .option("--out <file>", "write the draft as JSON to this file (atomically)")
    .action((file: string, options: DraftCommandOptions) => done(draftCommand(ctx, file, options)));

  program
    .command("apply")
    .description("merge a reviewed draft into a dataset file or data folder; prints the changes (ADD, MOD, DEL)")
    .argument("<draft>", "a draft JSON file, as `parley draft --json` writes it")
    .requiredOption(
      "--into <path>",
      "the dataset file or data folder to merge into (written all at once, or not at all)",
    )
    .option("--dry-run", "print the changes without writing anything")
    .action((draft: string, options: ApplyOptions) => done(applyCommand(ctx.io, draft, options)));

  program
    .command("diff")
    .description(
      "print the record-level changes (ADD, MOD, DEL) from one dataset to another, for review and release notes",
    )
    .argument("<old>", "the dataset file or data folder before")
    .argument("<new>", "the dataset file or data folder after")
    .option("--json", "print the changes as JSON")
    .action((before: string, after: string, options: DiffOptions) => done(diffCommand(ctx.io, before, after, options)));
}
