// The key map: which keys give which command, kept apart from rendering. The footer and the help overlay
// are generated from it, so they always tell the truth; what each command does is said in the dictionaries.
import type { Language } from "@parley/core";
import type { Key } from "ink";
import { messagesFor } from "../i18n/messagesFor.js";

export type Command =
  | "up"
  | "down"
  | "pageUp"
  | "pageDown"
  | "top"
  | "bottom"
  | "open"
  | "back"
  | "nextList"
  | "prevList"
  | "search"
  | "help"
  | "quit";

/** One key: a named key from Ink's `Key`, a character, or Ctrl plus a character. */
export type KeySpec =
  | { key: Exclude<keyof Key, "eventType">; shift?: boolean; label: string }
  | { char: string; label?: string }
  | { ctrl: string; label: string };

export interface Binding {
  keys: readonly KeySpec[];
}

/** What a command does, in words. */
export interface CommandWords {
  /** What it does, for the help overlay. */
  description: string;
  /** A short word for the footer. */
  hint: string;
}

export const keymap: Readonly<Record<Command, Binding>> = {
  up: { keys: [{ key: "upArrow", label: "↑" }, { char: "k" }] },
  down: { keys: [{ key: "downArrow", label: "↓" }, { char: "j" }] },
  pageUp: {
    keys: [
      { key: "pageUp", label: "PgUp" },
      { ctrl: "b", label: "Ctrl-B" },
    ],
  },
  pageDown: {
    keys: [
      { key: "pageDown", label: "PgDn" },
      { ctrl: "f", label: "Ctrl-F" },
      { char: " ", label: "Space" },
    ],
  },
  top: { keys: [{ char: "g" }, { key: "home", label: "Home" }] },
  bottom: { keys: [{ char: "G" }, { key: "end", label: "End" }] },
  open: {
    keys: [
      { key: "return", label: "Enter" },
      { key: "rightArrow", label: "→" },
    ],
  },
  back: {
    keys: [
      { key: "escape", label: "Esc" },
      { key: "backspace", label: "Backspace" },
      { key: "delete", label: "Backspace" },
      { key: "leftArrow", label: "←" },
    ],
  },
  nextList: { keys: [{ key: "tab", label: "Tab" }] },
  prevList: {
    keys: [{ key: "tab", shift: true, label: "Shift-Tab" }],
  },
  search: { keys: [{ char: "/" }] },
  help: { keys: [{ char: "?" }] },
  quit: { keys: [{ char: "q" }, { ctrl: "c", label: "Ctrl-C" }] },
};

/** The commands available while typing in the search box (letters are typed, not commands). */
export const typingCommands: ReadonlySet<Command> = new Set([
  "up",
  "down",
  "pageUp",
  "pageDown",
  "open",
  "back",
  "quit",
]);

function matches(spec: KeySpec, input: string, key: Key, typing: boolean): boolean {
  if ("ctrl" in spec) return key.ctrl && input === spec.ctrl;
  if ("char" in spec) return !typing && !key.ctrl && !key.meta && input === spec.char;
  if (!key[spec.key]) return false;
  if (spec.key === "tab") return Boolean(spec.shift) === key.shift;
  // While typing, Backspace, Delete and the side arrows edit the text.
  if (
    typing &&
    (spec.key === "backspace" || spec.key === "delete" || spec.key === "leftArrow" || spec.key === "rightArrow")
  )
    return false;
  return true;
}

/** The command a key press gives, or null. `typing`: the search box has focus, so only its commands apply. */
export function commandFor(input: string, key: Key, typing = false): Command | null {
  for (const [command, binding] of Object.entries(keymap) as [Command, Binding][]) {
    if (typing && !typingCommands.has(command)) continue;
    if (binding.keys.some((spec) => matches(spec, input, key, typing))) return command;
  }
  return null;
}

/** The keys of a command as people write them: "↓/j". */
export function keyLabels(command: Command, typing = false): string {
  return keyLabelList(command, typing).join("/");
}

/** The keys of a command, one label each ("↓", "j"). */
export function keyLabelList(command: Command, typing = false): string[] {
  const labels = keymap[command].keys
    .filter(
      (spec) =>
        !typing ||
        "ctrl" in spec ||
        ("key" in spec && !["backspace", "delete", "leftArrow", "rightArrow"].includes(spec.key)),
    )
    .map((spec) => ("label" in spec && spec.label ? spec.label : "char" in spec ? spec.char : ""));
  return [...new Set(labels)];
}

/** What a command does and its footer word, in a language (every command has both: the dictionaries' type says so). */
export function commandWords(command: Command, language: Language): CommandWords {
  const words: Readonly<Record<Command, CommandWords>> = messagesFor(language).keys;
  return words[command];
}

/** How a footer is drawn: while typing in the search box, with some hints renamed, within a width. */
export interface FooterOptions {
  /** The search box has focus: only its keys are listed. */
  typing?: boolean;
  /** A different word for a command's hint ("links" for Tab inside a record). */
  rename?: Partial<Record<Command, string>>;
  /** The most characters the footer may take: hints that would not fit are left out whole, from the end. */
  width?: number;
}

/**
 * Footer hints in a language: the commands that apply on a screen, in order, merged where they share a hint
 * ("↑↓ move"). Hints that do not fit the width are left out whole, last first (the help lists every key).
 */
export function footerHints(commands: readonly Command[], language: Language, options: FooterOptions = {}): string {
  const { typing = false, rename = {}, width = Infinity } = options;
  const parts: string[] = [];
  const seen = new Set<string>();
  const hintOf = (command: Command) => commandWords(command, language).hint;
  for (const command of commands) {
    const hint = hintOf(command);
    if (seen.has(hint)) continue;
    seen.add(hint);
    const same = commands.filter((c) => hintOf(c) === hint);
    const first = same.map((c) => keyLabelList(c, typing)[0]!);
    const keys = first.join(first.every((k) => Array.from(k).length === 1) ? "" : "/");
    parts.push(`${keys} ${rename[command] ?? hint}`);
  }
  let text = "";
  for (const part of parts) {
    const next = text === "" ? part : `${text}  ${part}`;
    if (Array.from(next).length > width) break;
    text = next;
  }
  return text;
}
