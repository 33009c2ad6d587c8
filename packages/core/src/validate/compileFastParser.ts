import { z } from "zod";

/** What a fast parser returns when it cannot vouch for a value: zod must look at it. */
export const UNSURE: unique symbol = Symbol("unsure");

/**
 * Parses a value the way the zod schema it was compiled from would, without zod's per-value bookkeeping.
 * Returns a value deeply equal to zod's output (keys in schema order, defaults filled in) when it is certain
 * zod accepts the value, else `UNSURE`; it never accepts a value zod rejects. Where a plain object or array of
 * the input already is exactly what zod would build, it is returned as is instead of copied (named, non-index
 * properties on an array, which JSON cannot express, are not looked for: zod would drop them).
 */
export type FastParser = (value: unknown) => unknown;

/** How `compileFastParser` builds the parser: generated code where the platform allows it, else closures. */
export type FastParserMode = "auto" | "generated" | "closures";

/** The parts of zod 4's internal schema and check definitions the compiler reads. */
interface ZodInternals {
  _zod: {
    def: Def;
    traits: Set<string>;
    optin?: "optional" | "defaulted";
    optout?: "optional";
    values?: Set<unknown>;
  };
  safeParse(value: unknown): { success: true; data: unknown } | { success: false };
}
interface Def {
  type: string;
  check?: string;
  format?: string;
  coerce?: boolean;
  checks?: readonly { _zod: { def: CheckDef } }[];
  shape?: Record<string, ZodInternals>;
  catchall?: ZodInternals;
  element?: ZodInternals;
  innerType?: ZodInternals;
  readonly defaultValue?: unknown;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
}

type Test = (value: never) => boolean;

/** How an object writes a field, from the field schema's `optin`/`optout` (read as zod's object parser reads them). */
type Presence =
  /** Must be present. */
  | "required"
  /** `.optional()`: written only when present. */
  | "optional"
  /** `.default()`: always written. */
  | "defaulted"
  /** Optional in, with some other rule out: written when present or when it parses to a value. */
  | "present-or-value";

/** The schema read into the few forms the parsers handle; anything else is a `delegate` node that zod parses. */
type Node =
  | { type: "leaf"; test: (value: unknown) => boolean }
  | { type: "array"; test: Test; element: Node }
  | { type: "object"; strict: boolean; fields: { key: string; presence: Presence; node: Node }[] }
  | { type: "optional"; inner: Node }
  | { type: "nullable"; inner: Node }
  | { type: "default"; inner: Node; def: Def }
  | { type: "delegate"; schema: ZodInternals };

/** Code points in a string, counted as zod's length checks count them (a surrogate pair is one). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** A predicate for one zod check on values of `base` type, or null when the check is not one this compiler knows. */
function readCheck(def: CheckDef, base: "string" | "number" | "array"): Test | null {
  switch (def.check) {
    case "min_length": {
      const min = def.minimum;
      if (typeof min !== "number" || base === "number") return null;
      if (base === "array") return (v: unknown[]) => v.length >= min;
      return (v: string) => v.length >= 2 * min || (v.length >= min && codePoints(v) >= min);
    }
    case "max_length": {
      const max = def.maximum;
      if (typeof max !== "number" || base === "number") return null;
      if (base === "array") return (v: unknown[]) => v.length <= max;
      return (v: string) => v.length <= max || codePoints(v) <= max;
    }
    case "string_format": {
      const pattern = def.pattern;
      if (base !== "string" || def.format !== "regex" || !(pattern instanceof RegExp)) return null;
      if (!pattern.global && !pattern.sticky) return (v: string) => pattern.test(v);
      return (v: string) => {
        pattern.lastIndex = 0;
        return pattern.test(v);
      };
    }
    case "greater_than":
    case "less_than": {
      const bound = def.value;
      if (base !== "number" || typeof bound !== "number") return null;
      if (def.check === "greater_than") return def.inclusive ? (v: number) => v >= bound : (v: number) => v > bound;
      return def.inclusive ? (v: number) => v <= bound : (v: number) => v < bound;
    }
    case "custom": {
      const fn = def.fn;
      if (typeof fn !== "function") return null;
      return (v: unknown) => {
        const result = fn(v);
        return !(result instanceof Promise) && Boolean(result);
      };
    }
    default:
      return null;
  }
}

/** All of a schema's checks as one predicate, or null when any of them is unknown. */
function readChecks(def: Def, base: "string" | "number" | "array"): Test | null {
  const tests: Test[] = [];
  for (const check of def.checks ?? []) {
    const test = readCheck(check._zod.def, base);
    if (!test) return null;
    tests.push(test);
  }
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  if (tests.length === 2) {
    const [a, b] = tests as [Test, Test];
    return (v: never) => a(v) && b(v);
  }
  return (v: never) => tests.every((test) => test(v));
}

function readLeaf(schema: ZodInternals): Node {
  const def = schema._zod.def;
  const delegate: Node = { type: "delegate", schema };
  if (def.coerce) return delegate;
  // A schema that is itself a check (a string format such as url, a number format) checks by rules not repeated here,
  // but for safe integers.
  const selfCheck = schema._zod.traits.has("$ZodCheck") || def.format !== undefined;
  switch (def.type) {
    case "string": {
      const test = selfCheck ? null : readChecks(def, "string");
      return test ? { type: "leaf", test: (v) => typeof v === "string" && test(v as never) } : delegate;
    }
    case "number": {
      const integer = selfCheck && def.check === "number_format" && def.format === "safeint";
      const test = selfCheck && !integer ? null : readChecks(def, "number");
      if (!test) return delegate;
      if (integer) return { type: "leaf", test: (v) => Number.isSafeInteger(v) && test(v as never) };
      return { type: "leaf", test: (v) => typeof v === "number" && Number.isFinite(v) && test(v as never) };
    }
    case "boolean":
      return selfCheck || def.checks?.length ? delegate : { type: "leaf", test: (v) => typeof v === "boolean" };
    case "enum":
    case "literal": {
      const values = schema._zod.values;
      return !values || selfCheck || def.checks?.length ? delegate : { type: "leaf", test: (v) => values.has(v) };
    }
    default:
      return delegate;
  }
}

function readObject(schema: ZodInternals): Node {
  const def = schema._zod.def;
  const shape = def.shape;
  // Only strict objects (`catchall: never`) and objects with no catchall; checks on the object itself go to zod.
  const catchall = def.catchall?._zod.def.type;
  if (!shape || (catchall !== undefined && catchall !== "never") || (def.checks?.length ?? 0) > 0)
    return { type: "delegate", schema };
  const keys = Object.keys(shape);
  if (
    Object.getOwnPropertySymbols(shape).length > 0 ||
    keys.some((key) => key === "__proto__" || key in Object.prototype)
  )
    return { type: "delegate", schema };
  const fields = keys.map((key) => {
    const field = shape[key]!;
    const { optin, optout } = field._zod;
    let presence: Presence;
    if (optin === undefined) presence = "required";
    else if (optout === "optional") presence = optin === "optional" ? "optional" : "present-or-value";
    else presence = optin === "defaulted" ? "defaulted" : "present-or-value";
    return { key, presence, node: readNode(field) };
  });
  return { type: "object", strict: catchall === "never", fields };
}

function readNode(schema: ZodInternals): Node {
  const def = schema._zod.def;
  const wrapperOk = def.innerType !== undefined && !def.checks?.length;
  switch (def.type) {
    case "array": {
      const test = readChecks(def, "array");
      return test && def.element
        ? { type: "array", test, element: readNode(def.element) }
        : { type: "delegate", schema };
    }
    case "object":
      return readObject(schema);
    case "optional":
      if (!wrapperOk) return { type: "delegate", schema };
      // Absence passes through unless the inner schema supplies a default.
      return def.innerType!._zod.optin === "defaulted"
        ? readNode(def.innerType!)
        : { type: "optional", inner: readNode(def.innerType!) };
    case "nullable":
      return wrapperOk ? { type: "nullable", inner: readNode(def.innerType!) } : { type: "delegate", schema };
    case "default":
      return wrapperOk ? { type: "default", inner: readNode(def.innerType!), def } : { type: "delegate", schema };
    default:
      return readLeaf(schema);
  }
}

/** A copy of the first `i` items of an array with `item` at `i`, for the moment a parsed array stops matching its input. */
function copyUpTo(items: readonly unknown[], i: number, item: unknown): unknown[] {
  const out = new Array<unknown>(items.length);
  for (let j = 0; j < i; j++) out[j] = items[j];
  out[i] = item;
  return out;
}

function delegateTo(schema: ZodInternals): FastParser {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : UNSURE;
  };
}

/** Builds the parser from closures: works everywhere, including where code generation is not allowed. */
function toClosure(node: Node): FastParser {
  switch (node.type) {
    case "leaf": {
      const test = node.test;
      return (value) => (test(value) ? value : UNSURE);
    }
    case "delegate":
      return delegateTo(node.schema);
    case "optional": {
      const inner = toClosure(node.inner);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case "nullable": {
      const inner = toClosure(node.inner);
      return (value) => (value === null ? null : inner(value));
    }
    case "default": {
      // The default is read afresh each time (zod's getter clones it) and, as in zod, not itself parsed.
      const { def } = node;
      const inner = toClosure(node.inner);
      return (value) => {
        if (value === undefined) return def.defaultValue;
        const parsed = inner(value);
        return parsed === undefined ? def.defaultValue : parsed;
      };
    }
    case "array": {
      const { test } = node;
      const element = toClosure(node.element);
      return (value) => {
        if (!Array.isArray(value) || !test(value as never)) return UNSURE;
        let out: unknown[] | null =
          Object.getPrototypeOf(value) === Array.prototype ? null : new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          const parsed = element(item);
          if (parsed === UNSURE) return UNSURE;
          if (out) out[i] = parsed;
          else if (parsed !== item || parsed === undefined) out = copyUpTo(value, i, parsed);
        }
        return out ?? value;
      };
    }
    case "object": {
      const fields = node.fields.map((field) => ({ ...field, parse: toClosure(field.node) }));
      const order = new Map(fields.map((field, i) => [field.key, i]));
      const strict = node.strict;
      return (value) => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) return UNSURE;
        const input = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        let same = Object.getPrototypeOf(input) === Object.prototype;
        let written = 0;
        for (const { key, presence, parse } of fields) {
          const item = input[key];
          const parsed = parse(item);
          if (parsed === UNSURE) return UNSURE;
          const present = key in input;
          const write =
            presence === "required" ||
            presence === "defaulted" ||
            present ||
            (presence === "present-or-value" && parsed !== undefined);
          if (presence === "required" && !present) return UNSURE;
          if (!write) continue;
          out[key] = parsed;
          written++;
          if (parsed !== item || !present) same = false;
        }
        // The input can stand for the output only if its own keys are exactly those written, in schema order.
        let seen = 0;
        let last = -1;
        for (const key in input) {
          const at = order.get(key);
          if (at === undefined) {
            if (strict) return UNSURE;
            same = false;
            continue;
          }
          if (at <= last) same = false;
          last = at;
          seen++;
        }
        return same && seen === written ? input : out;
      };
    }
  }
}

/**
 * Builds the parser as generated source, one function per object schema, so that V8 sees each property
 * read and each check at its own call site. The source holds no schema text: values (tests, defaults,
 * delegates) are passed in by index.
 */
function toGenerated(root: Node): FastParser {
  const bindings: unknown[] = [UNSURE, copyUpTo];
  const bind = (value: unknown) => `b[${bindings.push(value) - 1}]`;
  const functions: string[] = [];
  let counter = 0;
  const fresh = (stem: string) => `${stem}${counter++}`;

  /** Emits statements that parse `src` into a new variable (returning UNSURE from the enclosing function on failure); returns its name. */
  function emit(node: Node, src: string, out: string[]): string {
    const result = fresh("r");
    switch (node.type) {
      case "leaf":
        out.push(`if (!${bind(node.test)}(${src})) return U;`, `const ${result} = ${src};`);
        return result;
      case "delegate":
        out.push(`const ${result} = ${bind(delegateTo(node.schema))}(${src});`, `if (${result} === U) return U;`);
        return result;
      case "optional":
      case "nullable": {
        const empty = node.type === "optional" ? "undefined" : "null";
        const body: string[] = [];
        const inner = emit(node.inner, src, body);
        out.push(`let ${result} = ${empty};`, `if (${src} !== ${empty}) {`, ...body, `${result} = ${inner};`, `}`);
        return result;
      }
      case "default": {
        const def = bind(node.def);
        const body: string[] = [];
        const inner = emit(node.inner, src, body);
        out.push(
          `let ${result};`,
          `if (${src} === undefined) ${result} = ${def}.defaultValue;`,
          `else {`,
          ...body,
          `${result} = ${inner} === undefined ? ${def}.defaultValue : ${inner};`,
          `}`,
        );
        return result;
      }
      case "array": {
        // The input array is the result until an item parses to something else; then a copy is.
        const i = fresh("i");
        const item = fresh("e");
        const body: string[] = [];
        const inner = emit(node.element, item, body);
        out.push(
          `if (!Array.isArray(${src}) || !${bind(node.test)}(${src})) return U;`,
          `let ${result} = Object.getPrototypeOf(${src}) === Array.prototype ? ${src} : new Array(${src}.length);`,
          `for (let ${i} = 0; ${i} < ${src}.length; ${i}++) {`,
          `const ${item} = ${src}[${i}];`,
          ...body,
          `if (${result} !== ${src}) ${result}[${i}] = ${inner};`,
          `else if (${inner} !== ${item} || ${inner} === undefined) ${result} = copyUpTo(${src}, ${i}, ${inner});`,
          `}`,
        );
        return result;
      }
      case "object": {
        const name = emitObject(node);
        out.push(`const ${result} = ${name}(${src});`, `if (${result} === U) return U;`);
        return result;
      }
    }
  }

  function emitObject(node: Extract<Node, { type: "object" }>): string {
    const name = fresh("parseObject");
    const body: string[] = [
      `if (typeof input !== "object" || input === null || Array.isArray(input)) return U;`,
      `let same = Object.getPrototypeOf(input) === Object.prototype;`,
      `let written = 0;`,
    ];
    const writes: string[] = [];
    for (const { key, presence, node: field } of node.fields) {
      const k = JSON.stringify(key);
      const value = fresh("v");
      const present = fresh("p");
      const write = fresh("w");
      body.push(`const ${value} = input[${k}];`);
      const parsed = emit(field, value, body);
      body.push(`const ${present} = ${k} in input;`);
      if (presence === "required") body.push(`if (!${present}) return U;`, `const ${write} = true;`);
      else if (presence === "optional") body.push(`const ${write} = ${present};`);
      else if (presence === "defaulted") body.push(`const ${write} = true;`);
      else body.push(`const ${write} = ${present} || ${parsed} !== undefined;`);
      body.push(`if (${write}) { written++; if (${parsed} !== ${value} || !${present}) same = false; }`);
      writes.push(`if (${write}) out[${k}] = ${parsed};`);
    }
    // The input can stand for the output only if its own keys are exactly those written, in schema order.
    const cases = node.fields.map(({ key }, i) => `case ${JSON.stringify(key)}: at = ${i}; break;`).join(" ");
    const unknown = node.strict ? "return U;" : "same = false; continue;";
    body.push(
      `let seen = 0, last = -1, at = 0;`,
      `for (const key in input) { switch (key) { ${cases} default: ${unknown} } if (at <= last) same = false; last = at; seen++; }`,
      `if (same && seen === written) return input;`,
      `const out = {};`,
      ...writes,
      `return out;`,
    );
    functions.push(`function ${name}(input) {\n${body.join("\n")}\n}`);
    return name;
  }

  const top: string[] = [];
  const result = emit(root, "value", top);
  const source =
    `"use strict";\nconst U = b[0];\nconst copyUpTo = b[1];\n` +
    `${functions.join("\n")}\nreturn function parse(value) {\n` +
    `${top.join("\n")}\nreturn ${result};\n};`;
  return new Function("b", source)(bindings) as FastParser;
}

/** Whether this platform runs generated code (a Content Security Policy may forbid it) and zod's own config allows it. */
function canGenerate(): boolean {
  if (z.config().jitless) return false;
  try {
    return typeof new Function("return 1") === "function";
  } catch {
    return false;
  }
}

/**
 * Compiles a zod 4 schema into a `FastParser`, reading its definition once: strict objects, arrays, strings,
 * numbers, booleans, enums, optional, nullable and default, with length, regex, bound, integer and refine checks.
 * Anything else in the schema is handed to zod for that value, so the schema stays the only source of truth.
 */
export function compileFastParser(schema: z.ZodType, mode: FastParserMode = "auto"): FastParser {
  const node = readNode(schema as unknown as ZodInternals);
  const parse = mode === "closures" || (mode === "auto" && !canGenerate()) ? toClosure(node) : toGenerated(node);
  return (value) => {
    // A key added to Object.prototype would read as present in every object; leave such a world to zod.
    for (const _ in Object.prototype) return UNSURE;
    try {
      return parse(value);
    } catch {
      // An input that throws when read (a hostile getter or proxy) is for zod to report.
      return UNSURE;
    }
  };
}
