// The key map: which keys give which command, kept apart from rendering. The footer and the help overlay
// are generated from it, so they always tell the truth.
import type { Key } from "ink";

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
  /** What it does, for the help overlay. */
  description: string;
  /** A short word for the footer. */
  hint: string;
}

export const keymap: Readonly<Record<Command, Binding>> = {
  up: { keys: [{ key: "upArrow", label: "↑" }, { char: "k" }], description: "move up", hint: "move" },
  down: { keys: [{ key: "downArrow", label: "↓" }, { char: "j" }], description: "move down", hint: "move" },
  pageUp: {
    keys: [
      { key: "pageUp", label: "PgUp" },
      { ctrl: "b", label: "Ctrl-B" },
    ],
    description: "page up",
    hint: "page",
  },
  pageDown: {
    keys: [
      { key: "pageDown", label: "PgDn" },
      { ctrl: "f", label: "Ctrl-F" },
      { char: " ", label: "Space" },
    ],
    description: "page down",
    hint: "page",
  },
  top: { keys: [{ char: "g" }, { key: "home", label: "Home" }], description: "go to the top", hint: "top" },
  bottom: { keys: [{ char: "G" }, { key: "end", label: "End" }], description: "go to the bottom", hint: "bottom" },
  open: {
    keys: [
      { key: "return", label: "Enter" },
      { key: "rightArrow", label: "→" },
    ],
    description: "open the selected row",
    hint: "open",
  },
  back: {
    keys: [
      { key: "escape", label: "Esc" },
      { key: "backspace", label: "Backspace" },
      { key: "delete", label: "Backspace" },
      { key: "leftArrow", label: "←" },
    ],
    description: "go back",
    hint: "back",
  },
  nextList: { keys: [{ key: "tab", label: "Tab" }], description: "next list (in a record: next link)", hint: "lists" },
  prevList: {
    keys: [{ key: "tab", shift: true, label: "Shift-Tab" }],
    description: "previous list (in a record: previous link)",
    hint: "lists",
  },
  search: { keys: [{ char: "/" }], description: "search everything", hint: "search" },
  help: { keys: [{ char: "?" }], description: "show or hide this help", hint: "help" },
  quit: { keys: [{ char: "q" }, { ctrl: "c", label: "Ctrl-C" }], description: "quit", hint: "quit" },
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

/**
 * Footer hints: the commands that apply on a screen, in order, merged where they share a hint ("↑↓ move"); `rename`
 * changes a hint's word.
 */
export function footerHints(
  commands: readonly Command[],
  typing = false,
  rename: Partial<Record<Command, string>> = {},
): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const command of commands) {
    const { hint } = keymap[command];
    if (seen.has(hint)) continue;
    seen.add(hint);
    const same = commands.filter((c) => keymap[c].hint === hint);
    const first = same.map((c) => keyLabelList(c, typing)[0]!);
    const keys = first.join(first.every((k) => Array.from(k).length === 1) ? "" : "/");
    parts.push(`${keys} ${rename[command] ?? hint}`);
  }
  return parts.join("  ");
}
