// `parley draft`, run as the built binary, and the curator's whole loop: draft → review → apply → diff.
import { execFile } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Draft } from "@parley/core/draft";
import { beforeAll, describe, expect, it } from "vitest";
import { appRoot, cliPath, runBuilt, tempDir } from "./helpers.js";

const article = join(
  appRoot,
  "..",
  "..",
  "packages",
  "core",
  "eval",
  "articles",
  "en-02-volodin-arrives-hanoi-2023.txt",
);
const shippedData = join(appRoot, "..", "..", "packages", "core", "data");
const source = ["--published", "2023-10-15", "--url", "https://example.org/volodin-lands"];
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[/u;

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe("parley draft", () => {
  it("prints a plain review in a pipe: marked spans, the matched main event", async () => {
    const r = await runBuilt(["draft", article, ...source]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toMatch(/^Source {2}\S+\n/u);
    expect(r.stdout).toContain("[Vyacheslav Volodin] was welcomed at [Noi Bai International Airport]");
    expect(r.stdout).toMatch(/\n {2}main {2}MATCH 2023-10-15-volodin-arrives-in-hanoi\n/u);
  });

  it("prints the draft as JSON with --json, the source as given, the text as analysed", async () => {
    const r = await runBuilt(["draft", article, ...source, "--lang", "en", "--json"]);
    expect(r.code).toBe(0);
    const draft = Draft.parse(JSON.parse(r.stdout));
    expect(draft.source).toMatchObject({
      url: "https://example.org/volodin-lands",
      published: "2023-10-15",
      language: "en",
    });
    expect(draft.text.trim()).toBe(readFileSync(article, "utf8").trim());
    for (const m of draft.mentions) expect(draft.text.slice(m.start, m.end)).toBe(m.text);
  });

  it("reads the article from standard input for -", async () => {
    const fromFile = await runBuilt(["draft", article, ...source, "--json"]);
    const fromStdin = await new Promise<string>((resolve, reject) => {
      const child = execFile(process.execPath, [cliPath, "draft", "-", ...source, "--json"], (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      );
      child.stdin!.end(readFileSync(article));
    });
    expect(fromStdin).toBe(fromFile.stdout);
  });

  it.each([
    ["an empty file", "", "the text is empty; nothing drafted"],
    ["binary bytes", Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 0, 1, 2, 3, 4, 5]), "looks binary"],
    ["an unsupported language", "Le président a rencontré le chancelier à Paris mardi.\n", "unsupported language"],
    ["HTML with no article", "<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article"],
  ])("turns %s into one line on stderr, exit 2, and writes nothing", async (_, content, message) => {
    const file = join(dir, `input-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, content);
    const out = join(dir, "never-written.json");
    const r = await runBuilt(["draft", file, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(r.stderr).toMatch(/^error: /u);
    expect(r.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [["draft", "/no/such/article.txt"], /^error: cannot read \/no\/such\/article\.txt: no such file$/],
    [
      ["draft", "ARTICLE", "--published", "15/10/2023"],
      /^error: option '--published <date>' argument '15\/10\/2023' is invalid/,
    ],
    [["draft", "ARTICLE", "--lang", "fr"], /^error: option '--lang <lang>' argument 'fr' is invalid/],
  ])("%j gives one line on stderr and exit 2", async (args, message) => {
    const r = await runBuilt(args.map((a) => (a === "ARTICLE" ? article : a)));
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("the curator's loop: draft → review → apply → diff", () => {
  it("drafts an article, applies the draft to a data folder once, and diff shows what apply changed", async () => {
    const data = join(tempDir(), "data");
    cpSync(shippedData, data, { recursive: true });
    const draftFile = join(dir, "draft.json");

    const drafted = await runBuilt(["draft", article, ...source, "--out", draftFile]);
    expect(drafted.code).toBe(0);
    expect(drafted.stdout).toMatch(/^Source /u);
    expect(drafted.stderr).toBe(`wrote ${draftFile}\n`);

    const applied = await runBuilt(["apply", draftFile, "--into", data]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^MOD events 2023-10-15-volodin-arrives-in-hanoi$/mu);
    expect(applied.stdout).toMatch(/^ADD sources \S+ {2}"Russian State Duma Chairman lands in Hanoi"$/mu);

    const again = await runBuilt(["apply", draftFile, "--into", data]);
    expect(again.stdout).toBe("no changes\n");

    const diff = await runBuilt(["diff", shippedData, data]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toBe(applied.stdout);
  });
});
