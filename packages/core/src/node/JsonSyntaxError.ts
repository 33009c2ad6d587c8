import { printParseErrorCode, visit } from "jsonc-parser";
import type { LabelTable } from "../labels/Label.js";
import type { Language } from "../labels/Language.js";
import wordingText from "./text/jsonSyntax.json";

/** What is wrong with a JSON text, language-neutral. */
export type JsonSyntax =
  | "empty"
  | "ends-early"
  | "unexpected"
  | "value-expected"
  | "name-expected"
  | "colon-expected"
  | "comma-expected"
  | "brace-expected"
  | "bracket-expected"
  | "text-after-end"
  | "string-not-closed"
  | "bad-number"
  | "bad-escape"
  | "control-character"
  | "comment";

/** The first syntax error of a JSON text: what, where (line and column from 1), and the text found there. */
export type JsonSyntaxError = {
  readonly syntax: JsonSyntax;
  readonly line: number;
  readonly column: number;
  readonly found: string;
};

/** jsonc-parser's error codes, by name, in our words. */
const syntaxOf: Readonly<Record<string, JsonSyntax>> = {
  InvalidSymbol: "unexpected",
  InvalidNumberFormat: "bad-number",
  UnexpectedEndOfNumber: "bad-number",
  PropertyNameExpected: "name-expected",
  ValueExpected: "value-expected",
  ColonExpected: "colon-expected",
  CommaExpected: "comma-expected",
  CloseBraceExpected: "brace-expected",
  CloseBracketExpected: "bracket-expected",
  EndOfFileExpected: "text-after-end",
  InvalidCommentToken: "comment",
  UnexpectedEndOfComment: "comment",
  UnexpectedEndOfString: "string-not-closed",
  InvalidUnicode: "bad-escape",
  InvalidEscapeCharacter: "bad-escape",
  InvalidCharacter: "control-character",
};

/** The longest piece of the text a message quotes. */
const FOUND_MAX = 20;

/**
 * Where a text that `JSON.parse` refused first goes wrong, read by jsonc-parser (strict: no comments, no trailing
 * commas) without building the value; null when it finds nothing wrong, so the engine's own words must serve.
 */
export function jsonSyntaxErrorIn(text: string): JsonSyntaxError | null {
  if (text.trim() === "") return { syntax: "empty", line: 1, column: 1, found: "" };
  let first: JsonSyntaxError | null = null;
  let depth = 0;
  let complete = false;
  const closed = () => {
    depth -= 1;
    if (depth === 0) complete = true;
  };
  const stop = new Error("first syntax error found");
  try {
    visit(
      text,
      {
        onObjectBegin: () => void (depth += 1),
        onArrayBegin: () => void (depth += 1),
        onObjectEnd: closed,
        onArrayEnd: closed,
        onLiteralValue: () => void (complete ||= depth === 0),
        onError(code, offset, length, startLine, startCharacter) {
          const name = printParseErrorCode(code);
          const atEnd = offset >= text.length && name !== "UnexpectedEndOfString";
          const syntax = complete ? "text-after-end" : (syntaxOf[name] ?? "unexpected");
          first = {
            syntax: atEnd ? "ends-early" : syntax,
            line: startLine + 1,
            column: startCharacter + 1,
            found: printable(text.slice(offset, offset + Math.min(Math.max(length, 1), FOUND_MAX))),
          };
          throw stop;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (error) {
    if (error !== stop) throw error;
  }
  return first;
}

/** Text fit to quote on one line: line breaks and other control characters as escapes. */
function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const wording: LabelTable<JsonSyntax> = Object.freeze(wordingText);

const place: Record<Language, (line: number, column: number) => string> = {
  en: (line, column) => `line ${line}, column ${column}`,
  vi: (line, column) => `dòng ${line}, cột ${column}`,
  ru: (line, column) => `строка ${line}, столбец ${column}`,
};

/** Where quoted text is shown beside the words, for the kinds that point at a piece of text. */
const quotes: Record<Language, (found: string) => string> = {
  en: (found) => ` “${found}”`,
  vi: (found) => ` “${found}”`,
  ru: (found) => ` «${found}»`,
};

const quotesFound = new Set<JsonSyntax>(["unexpected", "text-after-end", "bad-number", "bad-escape"]);

/** A syntax error in a language: "line 3, column 7: a comma was expected"; the empty file needs no place. */
export function jsonSyntaxMessage(error: JsonSyntaxError, language: Language): string {
  const words = wording[error.syntax][language];
  if (error.syntax === "empty") return words;
  const found = quotesFound.has(error.syntax) && error.found.trim() !== "" ? quotes[language](error.found) : "";
  return `${place[language](error.line, error.column)}: ${words}${found}`;
}
