/** The command line with the interface's `--lang` taken out, and the value it gave. */
export interface LanguageArgs {
  /** The value of the last `--lang`; `null` when it came without one, undefined when there was none. */
  lang: string | null | undefined;
  /** The other arguments, in order, for commander. */
  rest: string[];
}

/** Options of the program itself that take a value, so the word after them is not the command. */
const VALUED = new Set(["--data"]);

/**
 * Takes the interface's `--lang X` (or `--lang=X`) out of the command line before commander reads it: anywhere
 * before the command, and after any command but `draft`, whose own `--lang` is the article's language. The language
 * is known first, so commander's help and messages are built in it.
 */
export function takeLanguageArgs(argv: readonly string[]): LanguageArgs {
  const rest: string[] = [];
  let lang: string | null | undefined;
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    const ours = command !== "draft";
    if (ours && arg === "--lang") {
      const value = argv[i + 1];
      lang = value === undefined || value.startsWith("-") ? null : value;
      if (lang !== null) i++;
      continue;
    }
    if (ours && arg.startsWith("--lang=")) {
      lang = arg.slice("--lang=".length);
      continue;
    }
    rest.push(arg);
    if (command !== undefined) continue;
    if (VALUED.has(arg) && i + 1 < argv.length) rest.push(argv[++i]!);
    else if (!arg.startsWith("-")) command = arg;
  }
  return { lang, rest };
}
