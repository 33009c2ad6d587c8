import { EventKind, isEdtf, RESULTS_PAGE_LIMIT, type RecordKind } from "@parley/core";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { createContext, DatasetIssues, type Context } from "./commands/context.js";
import { addCurateCommands } from "./commands/curateCommands.js";
import { eventsCommand, type EventsOptions } from "./commands/events.js";
import { exportCommand, exportFormats, type ExportOptions } from "./commands/export.js";
import { searchCommand } from "./commands/search.js";
import { showCommand } from "./commands/show.js";
import { summaryCommand } from "./commands/summary.js";
import { validateCommand } from "./commands/validate.js";
import type { DataOptions } from "./dataset/openDataset.js";
import { formatIssues } from "./format/issues.js";
import { Exit, UserError } from "./process/errors.js";
import type { Io } from "./process/io.js";
import { parseRecordKind, recordKindNames } from "./kinds.js";

/** Starts the interactive interface; resolves with the exit code. Given by `cli.tsx`, so this module never loads Ink. */
export type Interactive = (options: DataOptions) => Promise<number>;

function edtfArg(value: string): string {
  if (!isEdtf(value)) throw new InvalidArgumentError("not a date; use EDTF such as 2023, 2023-10 or 2023-10-16");
  return value;
}

function recordKindArg(value: string): RecordKind {
  const kind = parseRecordKind(value);
  if (!kind) throw new InvalidArgumentError(`not a kind of record; use one of ${recordKindNames()}`);
  return kind;
}

function positiveIntArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("not a positive whole number");
  return n;
}

/** Errors from commander that are not errors: help and version were printed. */
const FINE = new Set(["commander.helpDisplayed", "commander.help", "commander.version"]);

/**
 * The `parley` command line. Every action returns an exit code; user errors become one line on stderr and exit 2,
 * dataset issues are printed grouped with exit 1. Nothing here calls `process.exit`, so tests can run it in-process.
 */
export async function runCli(argv: readonly string[], io: Io, interactive: Interactive): Promise<number> {
  let code: number = Exit.ok;
  const program = new Command("parley");
  const ctx: Context = createContext(io, () => program.opts<DataOptions>());

  program
    .description(
      "Browse and query Parley, a source-cited knowledge base of Vietnam–Russia relations.\n" +
        "Without a command, opens the interactive browser (in a terminal) or prints a summary (in a pipe).",
    )
    .version(packageJson.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--data <path>", "use this dataset file or data folder instead of the shipped one (validated first)")
    .option("--revalidate", "validate the --data file even if the cache knows these exact bytes are valid")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      // One line per error, whatever commander adds (suggestions come on a line of their own).
      outputError: (s, write) => write(`${s.trim().replace(/\s*\n\s*/gu, " ")}\n`),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });

  program
    .command("events")
    .description("list events in date order (tab-separated: EDTF date, id, kind, title)")
    .addOption(new Option("--from <date>", "events that may end on or after this date").argParser(edtfArg))
    .addOption(new Option("--to <date>", "events that may start on or before this date").argParser(edtfArg))
    .addOption(new Option("--kind <kind>", "only this kind of event").choices(EventKind.options))
    .option("--person <id>", "only events this person took part in")
    .option("--topic <id>", "only events on this topic (or a narrower one)")
    .option("--json", "print a JSON array of the events as stored")
    .action(async (options: EventsOptions) => {
      code = await eventsCommand(ctx, options);
    });

  program
    .command("show")
    .description("show everything about one record, with links (ids in brackets) and citations")
    .argument("<id>", "the record's id, e.g. vyacheslav-volodin")
    .option("--json", "print JSON: the record as stored and the lines shown")
    .action((id: string, options: { json?: boolean }) => {
      code = showCommand(ctx, id, options);
    });

  program
    .command("search")
    .description(
      "search names, titles, labels and aliases, and what statements, terms of office and disagreements say, " +
        "ignoring accents and script (tab-separated: kind, id, label)",
    )
    .argument("<query>", "words to look for, e.g. volodin or Володин")
    .addOption(new Option("--kind <kind>", `only this kind of record (${recordKindNames()})`).argParser(recordKindArg))
    .addOption(
      new Option("--limit <n>", "at most this many results").argParser(positiveIntArg).default(RESULTS_PAGE_LIMIT),
    )
    .option("--json", "print a JSON array of hits")
    .action((query: string, options: { kind?: RecordKind; limit?: number; json?: boolean }) => {
      code = searchCommand(ctx, query, options);
    });

  program
    .command("export")
    .description("export the dataset to stdout or a file")
    .addOption(new Option("--format <format>", "what to write").choices(exportFormats).makeOptionMandatory())
    .addOption(
      new Option("--kind <kind>", "one kind of record: required for csv, optional for json").argParser(recordKindArg),
    )
    .option("--out <file>", "write to this file atomically instead of stdout")
    .addHelpText(
      "after",
      "\nFormats: json (the dataset), csv (one kind, needs --kind), ics (iCalendar of dated events),\n" +
        "popolo (Popolo JSON), jsonl (PLOVER event data, one JSON per line), schema (JSON Schema of the dataset).",
    )
    .action((options: ExportOptions) => {
      code = exportCommand(ctx, options);
    });

  program
    .command("validate")
    .description("check a dataset file with core's validator; exit 0 when clean, 1 when issues are found")
    .argument("<file>", "a dataset JSON file or data folder")
    .option("--json", "print the issues and notices as JSON")
    .action((file: string, options: { json?: boolean }) => {
      code = validateCommand(io, file, options);
    });

  addCurateCommands(program, ctx, (c) => (code = c));

  // Without a command: the interface in a terminal, a summary otherwise. Excess words mean an unknown command.
  program.allowExcessArguments(true).action(async () => {
    const [word] = program.args;
    if (word !== undefined) {
      throw new UserError(
        `unknown command '${word}' (commands: ${program.commands.map((c) => c.name()).join(", ")}; see parley --help)`,
      );
    }
    if (io.stdinIsTTY && io.stdoutIsTTY) code = await interactive(ctx.options());
    else code = summaryCommand(ctx);
  });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return FINE.has(error.code) ? Exit.ok : Exit.usage;
    if (error instanceof UserError) {
      io.err(`error: ${error.message}\n`);
      return Exit.usage;
    }
    if (error instanceof DatasetIssues) {
      io.err(formatIssues(error.origin, error.issues));
      return Exit.issues;
    }
    throw error;
  }
}
