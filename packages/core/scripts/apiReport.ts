// The public API of every entry of the package, as a checked-in text: each exported name with its kind and signature,
// read from the sources with the TypeScript compiler. `pnpm lint` compares it with the recorded report, so an export
// added or removed by accident fails the build, and `pnpm api:update` records a deliberate change.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** One exported name of an entry. */
export interface ApiExport {
  /** The exported name. */
  readonly name: string;
  /** What it is: function, const, class, enum, interface or type (a value and a type of one name: "const + type"). */
  readonly kind: string;
  /** Its signature or declaration, on one line (long ones cut, with a hash of the whole so a change still shows). */
  readonly signature: string;
}

/** One entry of the package (`@parley/core`, `@parley/core/search`, …) and what it exports, by name. */
export interface ApiEntry {
  /** The import specifier, e.g. `@parley/core/search`. */
  readonly specifier: string;
  /** The source file the entry is built from, relative to the package. */
  readonly source: string;
  readonly exports: readonly ApiExport[];
}

/** Signatures longer than this are cut and given a hash of the whole. */
const MAX_SIGNATURE = 160;

/**
 * The entries of a package: each subpath of `exports` whose types come from `dist/<name>.d.ts`, with the source
 * file tsup builds `<name>` from (`entries` is tsup's entry map).
 */
export function entriesOf(packageDir: string, entries: Readonly<Record<string, string>>): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, unknown>;
  };
  const out = new Map<string, string>();
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const types = typeof target === "object" ? (target as { import?: { types?: string } } | null)?.import?.types : "";
    const name = /^\.\/dist\/(.+)\.d\.ts$/.exec(types ?? "")?.[1];
    if (name === undefined) continue;
    const source = entries[name];
    if (source === undefined) throw new Error(`${subpath} names dist/${name}.d.ts, which no tsup entry builds`);
    out.set(subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, source);
  }
  return out;
}

function kindOf(symbol: ts.Symbol): string {
  const f = symbol.flags;
  const value =
    f & ts.SymbolFlags.Function
      ? "function"
      : f & ts.SymbolFlags.Class
        ? "class"
        : f & ts.SymbolFlags.Enum
          ? "enum"
          : f & ts.SymbolFlags.Variable
            ? "const"
            : null;
  const type = f & ts.SymbolFlags.Interface ? "interface" : f & ts.SymbolFlags.TypeAlias ? "type" : null;
  if (value && type) return `${value} + ${type}`;
  return value ?? type ?? "other";
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= MAX_SIGNATURE) return flat;
  const hash = createHash("sha256").update(flat).digest("hex").slice(0, 10);
  return `${flat.slice(0, MAX_SIGNATURE)}… #${hash}`;
}

const printer = ts.createPrinter({ removeComments: true });
const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType;

/**
 * A function's declaration without its body, or a constant's declared type, as written: aliases stay aliases, so an
 * unrelated change does not reorder a printed union. Only what is not written (an inferred type) comes from the checker.
 */
function signatureOf(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  const declaration = symbol.declarations?.[0];
  if (!declaration) return "";
  const source = declaration.getSourceFile();
  const print = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, node, source);
  const inferred = (type: ts.Type) => checker.typeToString(type, undefined, FLAGS).replace(/import\("[^"]*"\)\./g, "");
  if (ts.isFunctionDeclaration(declaration)) {
    const params = declaration.parameters.map(print).join(", ");
    const generics = declaration.typeParameters ? `<${declaration.typeParameters.map(print).join(", ")}>` : "";
    const signature = checker.getSignatureFromDeclaration(declaration);
    const returns = declaration.type
      ? print(declaration.type)
      : signature
        ? inferred(checker.getReturnTypeOfSignature(signature))
        : "unknown";
    const overloads = (symbol.declarations?.length ?? 1) > 1 ? ` (+${symbol.declarations!.length - 1} more)` : "";
    return oneLine(`${generics}(${params}) => ${returns}${overloads}`);
  }
  if (ts.isVariableDeclaration(declaration))
    return oneLine(declaration.type ? print(declaration.type) : inferred(checker.getTypeOfSymbol(symbol)));
  if (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class))
    return oneLine(inferred(checker.getTypeOfSymbolAtLocation(symbol, declaration)));
  return oneLine(print(declaration).replace(/^export (declare )?/, ""));
}

/** Reads what each entry exports, with the package's own compiler options. */
export function readApi(packageDir: string, entries: ReadonlyMap<string, string>): ApiEntry[] {
  const configFile = join(packageDir, "tsconfig.json");
  const config = ts.readConfigFile(configFile, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, packageDir);
  const files = [...entries.values()].map((source) => join(packageDir, source));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  return [...entries].map(([specifier, source]) => {
    const file = program.getSourceFile(join(packageDir, source));
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) throw new Error(`cannot read the exports of ${source}`);
    const exports = checker.getExportsOfModule(module).map((exported): ApiExport => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return { name: exported.name, kind: kindOf(symbol), signature: signatureOf(checker, symbol) };
    });
    exports.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { specifier, source: relative(packageDir, join(packageDir, source)), exports };
  });
}

/** A code span that holds any text, backticks included. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return longest === 0 ? `${fence}${text}${fence}` : `${fence} ${text} ${fence}`;
}

/** The report as Markdown: one section per entry, one line per export. */
export function renderApi(entries: readonly ApiEntry[]): string {
  const lines = [
    "# The public API of @parley/core",
    "",
    "Every name each entry exports, with its kind and signature. Written by `pnpm --filter @parley/core api:update`;",
    "`pnpm lint` fails when the package's exports differ from it, so an export is added or removed only on purpose.",
    "",
  ];
  for (const entry of entries) {
    lines.push(`## ${entry.specifier}`, "", `From \`${entry.source}\`: ${entry.exports.length} names.`, "");
    for (const e of entry.exports) lines.push(`- ${code(e.name)} ${e.kind}: ${code(e.signature)}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** Each entry's export lines, by name, read back from a rendered report. */
function parseReport(text: string): Map<string, Map<string, string>> {
  const entries = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) entries.set(heading[1]!, (current = new Map()));
    const item = /^- (`+) ?(.+?) ?\1 (.*)$/.exec(line);
    if (item && current) current.set(item[2]!, item[3]!);
  }
  return entries;
}

/** What differs between the recorded report and the current one, one line each; empty when they agree. */
export function compareApi(recorded: string, current: string): string[] {
  const before = parseReport(recorded);
  const now = parseReport(current);
  const out: string[] = [];
  for (const [entry, names] of now) {
    const old = before.get(entry);
    if (!old) {
      out.push(`entry added: ${entry} (${names.size} names)`);
      continue;
    }
    for (const [name, line] of names) {
      const was = old.get(name);
      if (was === undefined) out.push(`export added: ${name} from ${entry} (${line.split(":")[0]})`);
      else if (was !== line) out.push(`export changed: ${name} from ${entry}\n    was: ${was}\n    now: ${line}`);
    }
    for (const name of old.keys()) if (!names.has(name)) out.push(`export removed: ${name} from ${entry}`);
  }
  for (const entry of before.keys()) if (!now.has(entry)) out.push(`entry removed: ${entry}`);
  if (out.length === 0 && recorded !== current) out.push("the report's wording differs; rewrite it with api:update");
  return out;
}
