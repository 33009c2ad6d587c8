import type { Command } from "commander";
import type { Io } from "../io.js";
import { applyCommand, type ApplyOptions } from "./apply.js";
import { diffCommand, type DiffOptions } from "./diff.js";

/** Adds the curator's commands (`apply`, `diff`) to the program; `done` receives each command's exit code. */
export function addCurateCommands(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command("apply")
    .description("merge a reviewed draft into a dataset file or data folder; prints the changes (ADD, MOD, DEL)")
    .argument("<draft>", "a draft JSON file, as `parley draft --json` writes it")
    .requiredOption(
      "--into <path>",
      "the dataset file or data folder to merge into (written all at once, or not at all)",
    )
    .option("--dry-run", "print the changes without writing anything")
    .action((draft: string, options: ApplyOptions) => done(applyCommand(io, draft, options)));

  program
    .command("diff")
    .description(
      "print the record-level changes (ADD, MOD, DEL) from one dataset to another, for review and release notes",
    )
    .argument("<old>", "the dataset file or data folder before")
    .argument("<new>", "the dataset file or data folder after")
    .option("--json", "print the changes as JSON")
    .action((before: string, after: string, options: DiffOptions) => done(diffCommand(io, before, after, options)));
}
