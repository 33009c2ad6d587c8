import { EventKind, isEdtf, RESULTS_PAGE_LIMIT, type Language, type RecordKind } from "@parley/core";
import { Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
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
import { chooseLanguage } from "./i18n/chooseLanguage.js";
import type { Messages } from "./i18n/en.js";
import { messagesFor } from "./i18n/messagesFor.js";
import { takeLanguageArgs } from "./i18n/takeLanguageArgs.js";
import { commanderMessage } from "./process/commanderMessage.js";
import { Exit, UserError } from "./process/errors.js";
import type { Io } from "./process/io.js";
import { parseRecordKind, recordKindNames } from "./kinds.js";

/**
 * Starts the interactive interface in a language; resolves with the exit code. Given by `cli.tsx`, so this module
 * never loads Ink.
 */
export type Interactive = (options: DataOptions, language: Language) => Promise<number>;

/** The arguments' parsers, refusing a bad value in the interface's language. */
function argParsers(t: Messages["cli"]) {
  return {
    edtf(value: string): string {
      if (!isEdtf(value)) throw new InvalidArgumentError(t.notADate);
      return value;
    },
    recordKind(value: string): RecordKind {
      const kind = parseRecordKind(value);
      if (!kind) throw new InvalidArgumentError(t.notAKind(recordKindNames()));
      return kind;
    },
    positiveInt(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(t.notAPositiveWholeNumber);
      return n;
    },
  };
}

/**
 * `--help` in a language: commander's headings and the words it adds to an option ("choices", "default"), and the
 * program's `--lang`, which is read before commander (see `takeLanguageArgs`) and only listed here.
 */
function helpIn(t: Messages["cli"], program: Command, lang: Option): Partial<Help> {
  const titles: Readonly<Record<string, string>> = t.titles;
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    optionDescription(this: Help, option: Option): string {
      const base = Help.prototype.optionDescription.call(this, option);
      const extra = base.slice(option.description.length);
      return (
        option.description +
        extra.replace(/(^ \(|, )choices: /u, `$1${t.choices}: `).replace(/(^ \(|, )default: /u, `$1${t.default}: `)
      );
    },
    visibleOptions(this: Help, command: Command): Option[] {
      const options = Help.prototype.visibleOptions.call(this, command);
      // Before the help option, which commander lists last.
      return command === program ? [...options.slice(0, -1), lang, ...options.slice(-1)] : options;
    },
  };
}

/** Errors from commander that are not errors: help and version were printed. */
const FINE = new Set(["commander.helpDisplayed", "commander.help", "commander.version"]);

/**
 * The `parley` command line, in the language of `--lang` or else of the environment (`LC_ALL`, `LC_MESSAGES`,
 * `LANG`). Every action returns an exit code; user errors become one line on stderr and exit 2, dataset issues are
 * printed grouped with exit 1. Nothing here calls `process.exit`, so tests can run it in-process.
 */
export async function runCli(
  argv: readonly string[],
  io: Io,
  interactive: Interactive,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const { lang, rest } = takeLanguageArgs(argv);
  const choice = chooseLanguage(lang, env);
  const language = choice.language;
  const m = messagesFor(language);
  if (!choice.ok) {
    io.err(`${m.common.error}: ${choice.message}\n`);
    return Exit.usage;
  }
  const t = m.cli;
  const parse = argParsers(t);
  let code: number = Exit.ok;
  const program = new Command("parley");
  const ctx: Context = createContext(io, () => program.opts<DataOptions>(), language);

  program
    .description(t.description)
    .configureHelp(helpIn(t, program, new Option("--lang <lang>", t.lang)))
    .version(packageJson.version, "-V, --version", t.version)
    .helpOption("-h, --help", t.help)
    .helpCommand("help [command]", t.helpCommand)
    .option("--data <path>", t.data)
    .option("--revalidate", t.revalidate)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      // One line per error, whatever commander adds (suggestions come on a line of their own), in the language.
      outputError: (s, write) => write(`${commanderMessage(s, m)}\n`),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });

  program
    .command("events")
    .description(t.events.description)
    .addOption(new Option("--from <date>", t.events.from).argParser(parse.edtf))
    .addOption(new Option("--to <date>", t.events.to).argParser(parse.edtf))
    .addOption(new Option("--kind <kind>", t.events.kind).choices(EventKind.options))
    .option("--person <id>", t.events.person)
    .option("--topic <id>", t.events.topic)
    .addOption(new Option("--limit <n>", t.events.limit).argParser(parse.positiveInt))
    .option("--json", t.events.json)
    .action(async (options: EventsOptions) => {
      code = await eventsCommand(ctx, options);
    });

  program
    .command("show")
    .description(t.show.description)
    .argument("<id>", t.show.id)
    .option("--json", t.show.json)
    .action(async (id: string, options: { json?: boolean }) => {
      code = await showCommand(ctx, id, options);
    });

  program
    .command("search")
    .description(t.search.description)
    .argument("<query>", t.search.query)
    .addOption(new Option("--kind <kind>", t.search.kind(recordKindNames())).argParser(parse.recordKind))
    .addOption(new Option("--limit <n>", t.search.limit).argParser(parse.positiveInt).default(RESULTS_PAGE_LIMIT))
    .option("--json", t.search.json)
    .action(async (query: string, options: { kind?: RecordKind; limit?: number; json?: boolean }) => {
      code = await searchCommand(ctx, query, options);
    });

  program
    .command("export")
    .description(t.export.description)
    .addOption(new Option("--format <format>", t.export.format).choices(exportFormats).makeOptionMandatory())
    .addOption(new Option("--kind <kind>", t.export.kind).argParser(parse.recordKind))
    .option("--out <file>", t.export.out)
    .addHelpText("after", `\n${t.export.formats}`)
    .action(async (options: ExportOptions) => {
      code = await exportCommand(ctx, options);
    });

  program
    .command("summary")
    .description(t.summary.description)
    .action(async () => {
      code = await summaryCommand(ctx);
    });

  program
    .command("validate")
    .description(t.validate.description)
    .argument("<file>", t.validate.file)
    .option("--json", t.validate.json)
    .action((file: string, options: { json?: boolean }) => {
      code = validateCommand(io, file, options, language);
    });

  addCurateCommands(program, ctx, (c) => (code = c));

  // Without a command: the interface in a terminal, a summary otherwise. Excess words mean an unknown command.
  program.allowExcessArguments(true).action(async () => {
    const [word] = program.args;
    if (word !== undefined)
      throw new UserError(t.unknownCommand(word, program.commands.map((c) => c.name()).join(", ")));
    if (io.stdinIsTTY && io.stdoutIsTTY) code = await interactive(ctx.options(), language);
    else code = await summaryCommand(ctx);
  });

  try {
    await program.parseAsync(rest, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return FINE.has(error.code) ? Exit.ok : Exit.usage;
    if (error instanceof UserError) {
      io.err(`${m.common.error}: ${error.message}\n`);
      return Exit.usage;
    }
    if (error instanceof DatasetIssues) {
      io.err(formatIssues(error.origin, error.issues, language));
      return Exit.issues;
    }
    throw error;
  }
}
