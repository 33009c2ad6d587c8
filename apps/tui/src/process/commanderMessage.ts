import type { Messages } from "../i18n/en.js";

type Words = Messages["cli"]["commander"];

/** commander's messages, read back into their variable parts and said again in a language. */
const PATTERNS: readonly [RegExp, (t: Words, ...parts: string[]) => string][] = [
  [/^unknown option '(.+?)'$/su, (t, flag) => t.unknownOption(flag!)],
  [/^missing required argument '(.+)'$/su, (t, name) => t.missingArgument(name!)],
  [/^option '(.+)' argument missing$/su, (t, flags) => t.optionMissingArgument(flags!)],
  [/^required option '(.+)' not specified$/su, (t, flags) => t.requiredOption(flags!)],
  [
    /^option '(.+?)' argument '(.*)' is invalid\.(?: (.*))?$/su,
    (t, flags, value, why) => [t.invalidOptionValue(flags!, value!), reason(t, why)].filter(Boolean).join(" "),
  ],
  [
    /^command-argument value '(.*)' is invalid for argument '(.+?)'\.(?: (.*))?$/su,
    (t, value, name, why) => [t.invalidArgumentValue(value!, name!), reason(t, why)].filter(Boolean).join(" "),
  ],
  [
    /^too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\.$/su,
    (t, command, expected, got) => t.tooManyArguments(command!, Number(expected), Number(got)),
  ],
];

/** Why a value was refused: commander's list of choices, or our own reason (already in the language). */
function reason(t: Words, why: string | undefined): string {
  if (why === undefined) return "";
  const choices = /^Allowed choices are (.*)\.$/su.exec(why)?.[1];
  return choices === undefined ? why : t.allowedChoices(choices);
}

/** commander's "(Did you mean …?)" after an unknown option or command. */
function suggestion(t: Words, text: string): string {
  const m = /^\(Did you mean (one of )?(.+)\?\)$/su.exec(text.trim());
  if (!m) return text.trim();
  return m[1] ? t.didYouMeanOneOf(m[2]!) : t.didYouMean(m[2]!);
}

/**
 * One of commander's error messages (`error: unknown option '--bogus'\n(Did you mean --bug?)`) on one line, in the
 * language of `m`. A message it does not know keeps commander's English words after the translated "error:".
 */
export function commanderMessage(message: string, m: Messages): string {
  const t = m.cli.commander;
  const body = message.trim().replace(/^error: /u, "");
  const [main = "", ...rest] = body.split("\n(");
  const tail = rest.map((r) => ` ${suggestion(t, `(${r}`)}`).join("");
  const found = PATTERNS.map(([pattern, say]) => [pattern.exec(main), say] as const).find(([parts]) => parts !== null);
  const said = found ? found[1](t, ...found[0]!.slice(1)) : main;
  return `${m.common.error}: ${said}${tail}`.replace(/\s*\n\s*/gu, " ");
}
