// Turns a README's code block into a runnable check: imports come from the built package, and every line whose comment
// starts with a value (`expr; // "0.1.0"`, or the value alone on the next line) asserts that the expression gives it.
// In a shown value `…` means "and more": more items after an array's last one, more keys in an object, any text in a
// string. Whatever follows the value in the comment is prose.

/** A code block that a README marks as checked, with the line it starts on. */
export interface ReadmeBlock {
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks that follow a comment naming this test (`<!-- … readme.test.ts … -->`). */
export function checkedBlocks(markdown: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  const pattern = /<!--[^>]*readme\.test\.ts[^>]*-->\s*```ts\n([\s\S]*?)```/g;
  for (const match of markdown.matchAll(pattern))
    blocks.push({ line: markdown.slice(0, match.index).split("\n").length, code: match[1]! });
  return blocks;
}

/** Every `import { … } from "…"` in a markdown text, as specifier and names. */
export function importsIn(markdown: string): { specifier: string; names: string[] }[] {
  return [...markdown.matchAll(/import \{([^}]*)\} from "([^"]+)"/g)].map((m) => ({
    specifier: m[2]!,
    names: m[1]!
      .split(",")
      .map((n) => n.trim().replace(/^type /, ""))
      .filter(Boolean),
  }));
}

/** The end of the value at the start of `text` (a string, number, literal word, array or object), or -1. */
function valueEnd(text: string): number {
  const word = /^(-?\d[\d_.]*|true|false|null)\b/.exec(text);
  if (word) return word[0].length;
  if (!/^["[{]/.test(text)) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      if (depth === 0) return i + 1;
    } else if (c === "[" || c === "{") depth++;
    else if ((c === "]" || c === "}") && --depth === 0) return i + 1;
  }
  return -1;
}

/** A shown value as JavaScript, with each `…` outside strings turned into the marker `MORE`. */
function valueSource(shown: string): string {
  return shown.replace(/("(?:[^"\\]|\\.)*")|…/g, (all, string: string | undefined) => string ?? "MORE");
}

/** One checked line of a block. */
export interface Expectation {
  readonly expression: string;
  readonly shown: string;
}

/** The block as a function body, with `check(n, value)` around each line that shows its result. */
export function compileBlock(code: string): { body: string; expectations: Expectation[] } {
  const expectations: Expectation[] = [];
  const out: string[] = [];
  const lines = code.split("\n");
  const check = (expression: string, shown: string) => {
    out.push(`check(${expectations.length}, (${expression.replace(/;\s*$/, "")}));`);
    expectations.push({ expression: expression.trim(), shown });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const imported = /^import \{([^}]*)\} from "([^"]+)";/.exec(line);
    if (imported) {
      out.push(`const {${imported[1]}} = modules[${JSON.stringify(imported[2])}];`);
      continue;
    }
    const withComment = /^(.*?;)\s+\/\/ (.*)$/.exec(line);
    const statement = withComment ? withComment[1]! : line;
    const comment =
      withComment?.[2] ?? (/^\s*\/\/ (.*)$/.exec(lines[i + 1] ?? "") ? lines[i + 1]!.trim().slice(3) : "");
    const end = statement.trim() === "" || statement.trim().startsWith("const ") ? -1 : valueEnd(comment);
    if (end >= 0) {
      check(statement, comment.slice(0, end));
      if (!withComment) i++;
    } else if (!/^\s*\/\//.test(line)) out.push(statement);
  }
  return { body: out.join("\n"), expectations };
}

/** The marker a shown `…` becomes. */
export const MORE = Symbol("more");

/** Evaluates a shown value, with `MORE` standing for each `…`. */
export function shownValue(shown: string): unknown {
  return new Function("MORE", `return (${valueSource(shown)});`)(MORE);
}

/** Why `actual` is not the value shown, or null when it is. */
export function mismatch(actual: unknown, shown: unknown, path = "result"): string | null {
  if (typeof shown === "string" && shown.includes("…")) {
    const pattern = shown
      .split("…")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\S]*");
    return typeof actual === "string" && new RegExp(`^${pattern}$`).test(actual)
      ? null
      : `${path} is ${JSON.stringify(actual)}`;
  }
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return `${path} is not an array`;
    const open = shown.at(-1) === MORE;
    const items = open ? shown.slice(0, -1) : shown;
    if (open ? actual.length < items.length : actual.length !== items.length)
      return `${path} has ${actual.length} items, not ${open ? "at least " : ""}${items.length}`;
    for (let i = 0; i < items.length; i++) {
      const why = mismatch(actual[i], items[i], `${path}[${i}]`);
      if (why) return why;
    }
    return null;
  }
  if (typeof shown === "object" && shown !== null) {
    if (typeof actual !== "object" || actual === null) return `${path} is not an object`;
    const keys = Object.keys(shown).filter((k) => k !== "MORE");
    if (!("MORE" in shown)) {
      const extra = Object.keys(actual).filter((k) => !keys.includes(k));
      if (extra.length > 0) return `${path} also has ${extra.join(", ")}`;
    }
    for (const key of keys) {
      const why = mismatch(
        (actual as Record<string, unknown>)[key],
        (shown as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (why) return why;
    }
    return null;
  }
  return Object.is(actual, shown) ? null : `${path} is ${JSON.stringify(actual)}`;
}
