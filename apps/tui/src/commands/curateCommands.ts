import { isEdtf } from "@parley/core";
import { InvalidArgumentError, Option, type Command } from "commander";
import { messagesFor } from "../i18n/messagesFor.js";
import type { ApplyOptions } from "./apply.js";
import type { Context } from "./context.js";
import type { DiffOptions } from "./diff.js";
import type { DraftCommandOptions } from "./draft.js";

/**
 * Adds the curator's commands (`draft`, `apply`, `diff`) to the program, described in the context's language; `done`
 * receives each command's exit code. Each loads its code when run: the drafter's HTML reader and lexicons are large,
 * and every other command would otherwise load them at start-up.
 */
export function addCurateCommands(program: Command, ctx: Context, done: (code: number) => void): void {
  const t = messagesFor(ctx.language).cli;
  const dayArg = (value: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || !isEdtf(value)) throw new InvalidArgumentError(t.notADay);
    return value;
  };

  program
    .command("draft")
    .description(t.draft.description)
    .argument("<file>", t.draft.file)
    .option("--url <url>", t.draft.url)
    .addOption(new Option("--published <date>", t.draft.published).argParser(dayArg))
    .option("--publisher <name>", t.draft.publisher)
    .addOption(new Option("--lang <lang>", t.draft.lang).choices(["en", "vi", "ru"]))
    .option("--json", t.draft.json)
    .option("--out <file>", t.draft.out)
    .action(async (file: string, options: DraftCommandOptions) =>
      done(await (await import("./draft.js")).draftCommand(ctx, file, options)),
    );

  program
    .command("apply")
    .description(t.apply.description)
    .argument("<draft>", t.apply.draft)
    .requiredOption("--into <path>", t.apply.into)
    .option("--dry-run", t.apply.dryRun)
    .action(async (draft: string, options: ApplyOptions) =>
      done((await import("./apply.js")).applyCommand(ctx.io, draft, options, ctx.language)),
    );

  program
    .command("diff")
    .description(t.diff.description)
    .argument("<old>", t.diff.old)
    .argument("<new>", t.diff.new)
    .option("--json", t.diff.json)
    .action(async (before: string, after: string, options: DiffOptions) =>
      done((await import("./diff.js")).diffCommand(ctx.io, before, after, options, ctx.language)),
    );
}
