// Smoke tests in a real terminal: tmux runs the built `parley`, we type as a user would and read the screen.
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRoot } from "./helpers.js";

const repoRoot = join(appRoot, "..", "..");

/** tmux, installed with apt when missing and we are root; otherwise one clear line. */
function ensureTmux(): void {
  if (spawnSync("tmux", ["-V"]).status === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error("tmux is not installed and this user cannot install it: run `apt-get install -y tmux` as root");
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "-qq", "tmux"], {
      stdio: "ignore",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  if (!install()) {
    spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore" });
    if (!install()) throw new Error("tmux is missing and `apt-get install -y tmux` failed");
  }
}

function tmux(...args: string[]): string {
  return execFileSync("tmux", args, { encoding: "utf8" });
}

/** A tmux session of a given size running a command from the repository's root. */
function terminal(name: string, columns: number, rows: number, command: string) {
  const session = `parley-${name}-${process.pid}-${Date.now()}`;
  const alive = () => spawnSync("tmux", ["has-session", "-t", session], { stdio: "ignore" }).status === 0;
  const screen = () => tmux("capture-pane", "-p", "-t", session);
  /** The screen, or "(session ended)" when the program has quit, even between the check and the capture. */
  const capture = () => {
    if (!alive()) return "(session ended)";
    try {
      return screen();
    } catch (error) {
      if (!alive()) return "(session ended)";
      throw error;
    }
  };
  return {
    alive,
    screen,
    start: () =>
      tmux("new-session", "-d", "-s", session, "-x", String(columns), "-y", String(rows), "-c", repoRoot, command),
    stop: () => {
      if (alive()) spawnSync("tmux", ["kill-session", "-t", session]);
    },
    /** Sends keys, then waits a moment so the screen that owns the keyboard has settled. */
    async send(...keys: string[]): Promise<void> {
      tmux("send-keys", "-t", session, ...keys);
      await new Promise((r) => setTimeout(r, 150));
    },
    /** Waits until the screen passes a test; fails showing the last screen when it does not in time. */
    async waitFor(what: string, test: (text: string) => boolean, ms = 5000): Promise<string> {
      const until = Date.now() + ms;
      let last = "";
      while (Date.now() < until) {
        last = capture();
        if (test(last)) return last;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
    },
  };
}

/** The built `parley`, outside CI and with no locale of the runner's own: English unless `--lang` says otherwise. */
const PARLEY = "env -u CI -u LC_ALL -u LC_MESSAGES -u LANG node apps/tui/dist/cli.js";

/** The selected row (marked ›) without the marker; trimmed, or raw with its indent. */
const selectedRaw = (text: string) => (text.split("\n").find((l) => l.startsWith("›")) ?? "").slice(1);
const selected = (text: string) => selectedRaw(text).trim();
/** An event row of a record's page: not indented, a date, two or more spaces, a title. */
const isEventRow = (row: string) => /^[0-9A-Z][^ ].*\d{4}\s{2,}\S/.test(row);

describe("parley in a terminal (tmux, 100×30)", () => {
  const t = terminal("smoke", 100, 30, PARLEY);
  beforeAll(() => {
    ensureTmux();
    t.start();
  });
  afterAll(() => t.stop());

  it("searches for volodin, opens him and one of his events, goes back twice and quits", async () => {
    const home = await t.waitFor("the home screen", (s) => s.includes("Parley › Home"));
    expect(home).toMatch(/Events\s+\d+/);
    expect(home.split("\n").some((l) => l.includes("? help") && l.includes("q quit"))).toBe(true);

    // The query follows the slash at once, as a fast typist's would: no letter may be lost while the screen switches.
    await t.send("-l", "/volodin");
    const results = await t.waitFor("results for volodin", (s) => s.includes("/ volodin") && s.includes("People (1)"));
    expect(selected(results)).toBe("Vyacheslav Volodin");
    expect(results).toMatch(/Events \(\d+\)/);

    await t.send("Enter");
    const person = await t.waitFor("Volodin's page", (s) => s.startsWith("Parley › Vyacheslav Volodin"));
    expect(person).toContain("Вячеслав Володин");

    // Tab moves from link to link; stop on the first of his events (a row that starts with a date).
    let page = person;
    for (let i = 0; i < 80 && !isEventRow(selectedRaw(page)); i++) {
      await t.send("Tab");
      page = t.screen();
    }
    const eventRow = selected(page);
    expect(isEventRow(eventRow)).toBe(true);
    const title = eventRow.replace(/^.*?\d{4}\s{2,}/, "");
    await t.send("Enter");
    const event = await t.waitFor(`the event "${title}"`, (s) => s.startsWith(`Parley › ${title.slice(0, 40)}`));
    expect(event).toContain("Participants (");
    expect(event).toContain("Vyacheslav Volodin");

    await t.send("Escape");
    await t.waitFor("Volodin's page again", (s) => s.startsWith("Parley › Vyacheslav Volodin"));
    await t.send("Escape");
    const back = await t.waitFor("the search again", (s) => s.includes("Parley › Search"));
    expect(back).toContain("/ volodin");

    // In the search box q is a letter; Ctrl-C quits from anywhere.
    await t.send("C-c");
    await t.waitFor("the session to end", () => !t.alive());
    expect(t.alive()).toBe(false);
  });
});

describe("parley in a small terminal (tmux, 40×12)", () => {
  const t = terminal("small", 40, 12, `${PARLEY}; echo "parley exited with $?"; sleep 20`);
  beforeAll(() => {
    ensureTmux();
    t.start();
  });
  afterAll(() => t.stop());

  it("stays legible, and q restores the terminal as it was", async () => {
    const home = await t.waitFor("the home screen", (s) => s.startsWith("Parley › Home"));
    const lines = home.split("\n");
    expect(lines[0]).toMatch(/^Parley › Home\s+\d+\/\d+$/);
    expect(lines.some((l) => l.startsWith("↑↓ move"))).toBe(true);
    await t.send("Enter");
    const list = await t.waitFor("the events", (s) => s.startsWith("Parley › Events"));
    expect(list.split("\n").filter((l) => l.includes("…")).length).toBeGreaterThan(0);
    await t.send("q");
    const after = await t.waitFor("the shell again", (s) => s.includes("parley exited with 0"));
    expect(after).not.toContain("Parley ›");
  });
});

describe("parley in a terminal with a --data path it cannot read (tmux, 80×24)", () => {
  // A path through a file: stat fails with ENOTDIR, not ENOENT.
  const t = terminal(
    "badpath",
    80,
    24,
    `${PARLEY} --data package.json/data.json; echo "parley exited with $?"; sleep 20`,
  );
  beforeAll(() => {
    ensureTmux();
    t.start();
  });
  afterAll(() => t.stop());

  it("says in one line why it cannot read the file and exits with 2", async () => {
    const after = await t.waitFor("the exit", (s) => s.includes("parley exited with"));
    expect(after).toContain("error: cannot read package.json/data.json");
    expect(after).toContain("parley exited with 2");
    expect(after).not.toContain("internal error");
  });
});

describe("parley in Russian in a terminal (tmux, 80×24)", () => {
  const t = terminal("russian", 80, 24, `${PARLEY} --lang ru; echo "parley exited with $?"; sleep 20`);
  beforeAll(() => {
    ensureTmux();
    t.start();
  });
  afterAll(() => t.stop());

  it("opens on the Russian home screen within 80 columns, shows the timeline with Russian dates, and quits", async () => {
    const home = await t.waitFor("the Russian home screen", (s) => s.startsWith("Parley › Главная"));
    expect(home).toContain("Вьетнамско-российские отношения");
    expect(home).toContain("Последние события");
    expect(home).toMatch(/События\s+\d+/);
    expect(home.split("\n").some((l) => l.startsWith("↑↓ выбор") && l.includes("? справка"))).toBe(true);
    for (const line of home.split("\n")) expect(Array.from(line).length).toBeLessThanOrEqual(80);

    await t.send("Enter");
    const list = await t.waitFor("the timeline", (s) => s.startsWith("Parley › События (хронология)"));
    expect(list).toMatch(/\d{4} г\./);
    // Record texts in Russian too: the first events' titles, in Cyrillic, cut at 80 columns.
    for (const event of createParley(dataset).timeline().slice(0, 3))
      expect(list).toContain(Array.from(event.translations!.ru!.title).slice(0, 30).join(""));
    for (const line of list.split("\n")) expect(Array.from(line).length).toBeLessThanOrEqual(80);

    await t.send("?");
    const help = await t.waitFor("the help", (s) => s.startsWith("Parley › Справка"));
    expect(help).toContain("открыть выбранную строку");

    await t.send("q");
    const after = await t.waitFor("the shell again", (s) => s.includes("parley exited with 0"));
    expect(after).not.toContain("Parley ›");
  });
});
