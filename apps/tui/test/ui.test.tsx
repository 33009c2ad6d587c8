// Every screen, rendered with ink-testing-library and driven by key writes; assertions on the frames.
import { join } from "node:path";
import { createParley, validateDataset, type Parley } from "@parley/core";
import { dataset as shipped } from "@parley/core/shipped";
import { generateDataset } from "@parley/core/testing";
import { readJsonFile } from "@parley/core/node";
import { render } from "ink-testing-library";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../src/format/date.js";
import { cutLine, fit } from "../src/format/text.js";
import { dateColumn } from "../src/rows/rowSources.js";
import { App, type AppProps } from "../src/ui/App.js";
import { prepareSession } from "../src/dataset/session.js";
import { appRoot, brokenDataset, tempDir } from "./helpers.js";

const KEY = {
  up: "\u001B[A",
  down: "\u001B[B",
  right: "\u001B[C",
  left: "\u001B[D",
  pageDown: "\u001B[6~",
  pageUp: "\u001B[5~",
  enter: "\r",
  escape: "\u001B",
  backspace: "\u007F",
  tab: "\t",
  shiftTab: "\u001B[Z",
} as const;

function parleyOf(input: unknown): Parley {
  const result = validateDataset(input);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
  return createParley(result.dataset);
}

let mini: Parley;
beforeAll(() => {
  const read = readJsonFile(join(appRoot, "test", "fixtures", "mini.json"));
  if (!read.ok) throw new Error(read.error);
  mini = parleyOf(read.value);
});

const mounted: { unmount: () => void }[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.unmount();
});

/** Renders the app and returns helpers to press keys and read the last frame. */
function start(props: Partial<AppProps> = {}) {
  const exits: number[] = [];
  const r = render(
    <App parley={mini} origin="mini.json" size={{ columns: 100, rows: 30 }} onExit={(c) => exits.push(c)} {...props} />,
  );
  mounted.push(r);
  const frame = () => r.lastFrame() ?? "";
  /** Writes keys one at a time, each time waiting until the frames have changed and then settled (or a second passes). */
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      const before = r.frames.length;
      r.stdin.write(k);
      const until = Date.now() + 1000;
      let seen = before;
      let quietSince = Date.now();
      // A frame arrives when the key changed something; wait for quiet after it (Ink may render twice).
      while (Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (r.frames.length !== seen) {
          seen = r.frames.length;
          quietSince = Date.now();
        } else if (Date.now() - quietSince >= (seen > before ? 20 : 60)) break;
      }
    }
  };
  const type = async (text: string) => {
    for (const ch of text) await press(ch);
  };
  /** The selected row (marked with ›), without the marker. */
  const selected = () =>
    (
      frame()
        .split("\n")
        .find((l) => l.startsWith("›")) ?? ""
    )
      .slice(1)
      .trim();
  return { ...r, frame, press, type, selected, exits };
}

describe("home", () => {
  it("shows the key numbers, the lists to open and the latest events, with the keys that apply", () => {
    const { frame, selected } = start();
    expect(frame()).toContain("Parley › Home");
    expect(frame()).toMatch(/Events\s+3/);
    expect(frame()).toMatch(/People\s+2/);
    expect(frame()).toMatch(/Sources\s+3/);
    expect(frame()).toContain("Latest events");
    expect(frame()).toMatch(/2024\s+Phone call between Petrov and An/);
    expect(selected()).toMatch(/^Events\s+3$/);
    expect(frame().split("\n").at(-1)).toContain("↑↓ move  Enter open  ? help  q quit  / search  Tab lists");
  });
});

describe("lists", () => {
  it("opens the events as a timeline with dates at their precision, and goes back", async () => {
    const { frame, press, selected } = start();
    await press(KEY.enter);
    expect(frame()).toContain("Parley › Events (timeline)");
    const rows = frame()
      .split("\n")
      .slice(1, 4)
      .map((l) => l.slice(1).trim());
    expect(rows).toEqual([
      expect.stringMatching(/^15–16 Oct 2023\s+Petrov's official visit to Vietnam$/),
      expect.stringMatching(/^16 Oct 2023\s+Talks between Petrov and An$/),
      expect.stringMatching(/^2024\s+Phone call between Petrov and An$/),
    ]);
    expect(frame()).toContain("1/3");
    await press("j", "j");
    expect(selected()).toMatch(/Phone call/);
    await press("k");
    expect(selected()).toMatch(/Talks between/);
    await press(KEY.escape);
    expect(frame()).toContain("Parley › Home");
  });

  it("switches lists with Tab and Shift-Tab", async () => {
    const { frame, press } = start();
    await press(KEY.tab);
    expect(frame()).toContain("Parley › Events (timeline)");
    await press(KEY.tab);
    expect(frame()).toContain("Parley › People");
    expect(frame()).toContain("Ivan Petrov  Иван Петров");
    expect(frame()).toContain("Nguyen Van An  Nguyễn Văn An");
    await press(KEY.tab, KEY.tab);
    expect(frame()).toContain("Parley › Offices");
    expect(frame()).toContain("Chair of the Example Assembly · Example Assembly");
    await press(KEY.shiftTab, KEY.shiftTab, KEY.shiftTab);
    expect(frame()).toContain("Parley › Events (timeline)");
    await press(KEY.shiftTab);
    expect(frame()).toContain("Parley › Sources");
    expect(frame()).toContain("Visit postponed · on or before 30 Jun 2023");
  });

  it("renders only the visible rows of a long list and moves by page, top and bottom", async () => {
    const big = createParley(generateDataset({ events: 3000, seed: 7 }));
    const count = big.dataset.events.length;
    const { frame, press } = start({ parley: big, size: { columns: 80, rows: 24 } });
    await press(KEY.enter);
    const lines = frame().split("\n");
    // title + 21 rows + footer: one line short of the terminal.
    expect(lines).toHaveLength(23);
    expect(frame()).toContain(`1/${count}`);
    await press(KEY.pageDown);
    expect(frame()).toContain(`21/${count}`);
    await press("G");
    expect(frame()).toContain(`${count}/${count}`);
    const last = big.timeline().at(-1)!;
    expect(lines.length).toBe(frame().split("\n").length);
    expect(frame()).toContain(last.title.slice(0, 30));
    await press(KEY.pageUp);
    expect(frame()).toContain(`${count - 20}/${count}`);
    await press("g");
    expect(frame()).toContain(`1/${count}`);
  });
});

describe("detail views", () => {
  it("shows an event like its web page: dates, plans, place, children, participants with posts, disagreements, citations", async () => {
    const { frame, press } = start({
      initialRoute: { screen: "detail", id: "2023-10-petrov-visit" },
      size: { columns: 100, rows: 80 },
    });
    const f = frame();
    expect(f).toContain("Parley › Petrov's official visit to Vietnam");
    expect(f).toContain("Official visit · 15–16 Oct 2023 · Took place");
    expect(f).toMatch(
      /Date: 15–16 Oct 2023 {2}\(2023-10-15\/2023-10-16\)\n\W{1,4}⚠ disputed: When did the visit begin\?/,
    );
    expect(f).toContain("earlier planned for Jun 2023: postponed");
    expect(f).toContain("Place: Hanoi");
    expect(f).toMatch(/Within this event \(1\)\n.*16 Oct 2023\s+Talks between Petrov and An/);
    expect(f).toMatch(/Ivan Petrov — Guest\n\s+as Speaker of the Example Chamber/);
    expect(f).toContain("Sources disagree (1)");
    expect(f).toContain("★ preferred: began 15 October 2023 (15 Oct 2023)");
    expect(f).toContain("✗ deprecated: began 14 October 2023 (14 Oct 2023)");
    expect(f).toContain("Why preferred: The arrival report is dated the day of arrival.");
    expect(f).toContain("url: https://example.org/news/1");
    expect(f).toContain("cited words: https://example.org/news/1#:~:text=arrived%20in%20Hanoi");
    // The first link (the disputed date, under the date) is selected; Enter opens the disagreement.
    await press(KEY.enter);
    expect(frame()).toContain("Parley › When did the visit begin?");
    await press(KEY.backspace);
    // The next link is the place; Enter opens it, Backspace comes back.
    await press(KEY.tab, KEY.enter);
    expect(frame()).toContain("Parley › Hanoi");
    expect(frame()).toContain("Hà Nội  (vi, native)");
    await press(KEY.backspace);
    expect(frame()).toContain("Parley › Petrov's official visit to Vietnam");
  });

  it("jumps between links with Tab and opens a participant, then a post with its holders over time", async () => {
    const { frame, press, selected } = start({ initialRoute: { screen: "detail", id: "2023-10-16-petrov-an-talks" } });
    expect(selected()).toBe("Place: Hanoi");
    await press(KEY.tab);
    expect(selected()).toBe("Part of: 15–16 Oct 2023  Petrov's official visit to Vietnam");
    await press(KEY.tab);
    expect(selected()).toBe("Ivan Petrov — Guest");
    await press(KEY.shiftTab);
    expect(selected()).toMatch(/^Part of:/);
    await press(KEY.tab, KEY.enter);
    expect(frame()).toContain("Parley › Ivan Petrov");
    expect(frame()).toContain("Иван Петров  (ru, native)");
    expect(frame()).toContain("Ivan Petroff  (en, spelling)");
    expect(frame()).toMatch(
      /Offices over time \(1\)\n.*Speaker of the Example Chamber\n\s+Oct 2016 – no end recorded \(elected\)/,
    );
    expect(frame()).toMatch(/Events \(3\)/);
    expect(frame()).toContain("Nguyen Van An — 3 events");
    while (!selected().startsWith("Speaker of")) await press(KEY.tab);
    await press(KEY.enter);
    expect(frame()).toContain("Parley › Speaker of the Example Chamber");
    expect(frame()).toMatch(/Holders over time \(1\)\n.*Ivan Petrov\n\s+Oct 2016 – no end recorded/);
    await press(KEY.escape, KEY.escape);
    expect(frame()).toContain("Parley › Talks between Petrov and An");
  });

  it("shows a source with every record citing it", async () => {
    const { frame } = start({
      initialRoute: { screen: "detail", id: "example-news-1" },
      size: { columns: 100, rows: 50 },
    });
    expect(frame()).toContain("Publisher: Example Press");
    expect(frame()).toContain("Published: 16 Oct 2023  (2023-10-16)");
    expect(frame()).toMatch(/Records citing it \(\d+\)/);
    expect(frame()).toContain("Event: Petrov's official visit to Vietnam");
    expect(frame()).toContain("Person: Ivan Petrov");
  });

  it("marks a weak source in its detail and leaves an ordinary one unmarked", () => {
    const weak = start({ initialRoute: { screen: "detail", id: "example-news-2" }, size: { columns: 100, rows: 50 } });
    expect(weak.frame()).toContain("Quality: weak source: corroborate what rests on it");
    const ordinary = start({
      initialRoute: { screen: "detail", id: "example-news-1" },
      size: { columns: 100, rows: 50 },
    });
    expect(ordinary.frame()).not.toContain("Quality:");
  });

  it("says so when an id is unknown", () => {
    const { frame } = start({ initialRoute: { screen: "detail", id: "nobody" } });
    expect(frame()).toContain('No record with id "nobody".');
  });
});

describe("search", () => {
  it("searches as you type, across scripts, grouped by kind; opens a hit and comes back to the same results", async () => {
    const { frame, press, type, selected } = start();
    await press("/");
    expect(frame()).toContain("Parley › Search");
    await type("Петр");
    expect(frame()).toContain("People (1)");
    expect(selected()).toMatch(/^Ivan Petrov/);
    await press(KEY.enter);
    expect(frame()).toContain("Parley › Ivan Petrov");
    await press(KEY.escape);
    expect(frame()).toContain("/ Петр");
    expect(selected()).toMatch(/^Ivan Petrov/);
    await press(KEY.escape);
    expect(frame()).toContain("Parley › Home");
  });

  it("ignores accents, shows event dates, and lets letters like q and j be typed", async () => {
    const { frame, press, type, frames } = start();
    await press("/");
    await type("ha noi");
    expect(frame()).toContain("Places (1)");
    expect(frame()).toContain("Hanoi");
    for (let i = 0; i < 6; i++) await press(KEY.backspace);
    await type("petrov");
    expect(frame()).toMatch(/Events \(\d+\)/);
    expect(frame()).toMatch(/15–16 Oct 2023\s+Petrov's official visit to Vietnam/);
    await type("jq");
    expect(frame()).toContain("/ petrovjq");
    expect(frame()).toContain("Parley › Search");
    // Nothing keeps rendering once typing stops.
    const settled = frames.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(frames.length).toBe(settled);
  });
});

describe("search over every kind", () => {
  it("finds a term of office and a disagreement under their own headings, and opens each one's page", async () => {
    const { frame, press, type, selected } = start();
    await press("/");
    await type("petrov speaker");
    expect(frame()).toContain("Terms of office (1)");
    expect(frame()).toMatch(/Ivan Petrov, Speaker of the Example Chamber \(2016–/);
    while (!/^Ivan Petrov, Speaker/.test(selected())) await press("\u001B[B");
    await press("\r");
    expect(frame()).toContain("Parley › Ivan Petrov — Speaker of the Example Chamber");
    await press("\u001B");
    for (let i = 0; i < 15; i++) await press("\u007F");
    await type("visit begin");
    expect(frame()).toContain("Disagreements (1)");
    while (!/^When did the visit begin\?/.test(selected())) await press("\u001B[B");
    await press("\r");
    expect(frame()).toContain("Parley › When did the visit begin?");
  });
});

describe("how the dataset was checked", () => {
  it("says on the home screen that a --data file's verdict came from the cache", () => {
    const { frame } = start({ validation: "validated (cached)" });
    expect(frame()).toMatch(/validated \(cached\) · dataset \S+ \(mini\.json\)/);
  });
});

describe("typing right after /", () => {
  /** Waits until the frames stop changing (or a second passes). */
  const settle = async (r: ReturnType<typeof start>) => {
    const until = Date.now() + 1000;
    let seen = -1;
    let quietSince = Date.now();
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (r.frames.length !== seen) {
        seen = r.frames.length;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= 40) break;
    }
  };

  it("keeps every letter written back-to-back with the slash, one write per key", async () => {
    const r = start();
    for (const ch of "/petrov") r.stdin.write(ch);
    await settle(r);
    expect(r.frame()).toContain("Parley › Search");
    expect(r.frame()).toContain("/ petrov");
    expect(r.frame()).toContain("People (1)");
    expect(r.selected()).toMatch(/^Ivan Petrov/);
  });

  it("keeps every letter written in the same chunk as the slash, and Enter after them opens the first hit", async () => {
    const r = start();
    r.stdin.write("/petrov");
    await settle(r);
    expect(r.frame()).toContain("/ petrov");
    expect(r.frame()).toContain("People (1)");
    r.stdin.write("\r");
    await settle(r);
    expect(r.frame()).toContain("Parley › Ivan Petrov");
  });

  it("takes a pasted query whole and edits it at the caret", async () => {
    const r = start();
    r.stdin.write("/");
    r.stdin.write("ha xnoi");
    await settle(r);
    expect(r.frame()).toContain("/ ha xnoi");
    for (let i = 0; i < 3; i++) r.stdin.write(KEY.left);
    r.stdin.write(KEY.backspace);
    await settle(r);
    expect(r.frame()).toContain("/ ha noi");
    expect(r.frame()).toContain("Places (1)");
  });

  it("takes letters like j, q and space as text in the box even when they follow the slash at once", async () => {
    const r = start();
    r.stdin.write("/");
    r.stdin.write("ha noi");
    await settle(r);
    expect(r.frame()).toContain("/ ha noi");
    expect(r.frame()).toContain("Places (1)");
    expect(r.exits).toEqual([]);
  });
});

describe("help, quitting, and small terminals", () => {
  it("opens a help overlay listing every key, and closes it", async () => {
    const { frame, press } = start();
    await press("?");
    expect(frame()).toContain("Parley › Help");
    for (const text of [
      "move down",
      "open the selected row",
      "go back",
      "search everything",
      "next list",
      "page down",
      "go to the top",
      "go to the bottom",
      "quit",
    ]) {
      expect(frame()).toContain(text);
    }
    expect(frame()).toContain("Esc/Backspace/←");
    await press("?");
    expect(frame()).toContain("Parley › Home");
  });

  it("quits with q, reporting exit code 0", async () => {
    const { press, exits } = start();
    await press("q");
    expect(exits).toEqual([0]);
  });

  it("fits 40×12: eleven lines, none wider than 40 columns, long titles cut", async () => {
    const { frame, press } = start({ size: { columns: 40, rows: 12 } });
    const check = () => {
      const lines = frame().split("\n");
      expect(lines).toHaveLength(11);
      for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(40);
    };
    check();
    await press(KEY.enter);
    check();
    expect(frame()).toContain("…");
    await press(KEY.enter);
    check();
    expect(frame().split("\n")[0]).toMatch(/^Parley › Petrov's official visit.*…/);
    await press("?");
    check();
    await press(KEY.pageDown, KEY.pageDown);
    check();
  });

  it("follows the terminal when it is resized", async () => {
    const r = render(<App parley={mini} origin="mini.json" />);
    mounted.push(r);
    const widest = () => Math.max(...(r.lastFrame() ?? "").split("\n").map((l) => Array.from(l).length));
    expect(widest()).toBeGreaterThan(60);
    Object.defineProperty(r.stdout, "columns", { value: 44, configurable: true });
    Object.defineProperty(r.stdout, "rows", { value: 14, configurable: true });
    r.stdout.emit("resize");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(widest()).toBeLessThanOrEqual(44);
    expect((r.lastFrame() ?? "").split("\n")).toHaveLength(13);
  });
});

describe("in Russian and Vietnamese", () => {
  /** Every line of the frame fits the width; returns the lines. */
  const fits = (text: string, columns: number) => {
    const lines = text.split("\n");
    for (const line of lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(columns);
    return lines;
  };

  it("shows home, the timeline, an event and the help in Russian within 80×24", async () => {
    const { frame, press } = start({ language: "ru", size: { columns: 80, rows: 24 } });
    let lines = fits(frame(), 80);
    expect(lines[0]).toMatch(/^Parley › Главная\s+\d+\/\d+$/);
    expect(frame()).toContain("Вьетнамско-российские отношения, в центре — парламентская дипломатия");
    expect(frame()).toMatch(/События\s+3/);
    expect(frame()).toContain("Последние события");
    expect(frame()).toContain("а также 2 срока полномочий · 0 заявлений · 1 расхождение");
    expect(lines.at(-1)).toBe("↑↓ выбор  Enter открыть  ? справка  q выход  / поиск  Tab списки");
    await press(KEY.enter);
    lines = fits(frame(), 80);
    expect(lines[0]).toMatch(/^Parley › События \(хронология\)/);
    // The fixture has no translations: its English titles are marked as such.
    expect(lines[1]).toMatch(/^›15–16 окт\. 2023 г\.\s+Petrov's official visit to Vietnam \(по-английски\)$/);
    expect(lines.at(-1)).toBe("↑↓ выбор  Enter открыть  Esc назад  ? справка  q выход  / поиск  Tab списки");
    await press(KEY.enter);
    fits(frame(), 80);
    expect(frame()).toContain("Официальный визит · 15–16 окт. 2023 г. · Состоялось");
    expect(frame()).toContain("Вид: Официальный визит");
    expect(frame().split("\n").at(-1)).toContain("Tab ссылки");
    await press("?");
    fits(frame(), 80);
    expect(frame()).toContain("Parley › Справка");
    expect(frame()).toContain("открыть выбранную строку");
  });

  it("searches in Vietnamese, headings and dates in Vietnamese", async () => {
    const { frame, press, type } = start({ language: "vi", size: { columns: 80, rows: 24 } });
    expect(frame()).toContain("Parley › Trang chủ");
    await press("/");
    expect(frame()).toContain("Parley › Tìm kiếm");
    expect(frame()).toMatch(/Đang xây dựng chỉ mục tìm kiếm…|Gõ để tìm nhân vật, sự kiện, địa điểm, nguồn…/u);
    await type("petrov");
    fits(frame(), 80);
    expect(frame()).toContain("Nhân vật (1)");
    expect(frame()).toMatch(/Sự kiện \(\d+\)/);
    expect(frame()).toMatch(/15–16 tháng 10, 2023\s+Petrov's official visit/);
  });
});

describe("record texts in Russian and Vietnamese", () => {
  /** Every line of the frame fits the width; returns the lines. */
  const fits = (text: string, columns: number) => {
    const lines = text.split("\n");
    for (const line of lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(columns);
    return lines;
  };
  let parley: Parley;
  /** The shipped dataset, with the Russian translation of one event taken out. */
  let partial: Parley;
  const untranslated = "2023-10-volodin-visit-vietnam";
  beforeAll(() => {
    parley = createParley(shipped);
    const copy = JSON.parse(JSON.stringify(shipped)) as { events: { id: string; translations?: { ru?: unknown } }[] };
    delete copy.events.find((e) => e.id === untranslated)!.translations!.ru;
    partial = parleyOf(copy);
  });

  it("lists the timeline with Russian titles within 80×24, long ones cut as English ones are", async () => {
    const { frame, press } = start({ parley, language: "ru", size: { columns: 80, rows: 24 } });
    await press(KEY.enter);
    const lines = fits(frame(), 80);
    expect(lines[0]).toMatch(/^Parley › События \(хронология\)/);
    const rows = lines.slice(1, -1);
    // Cyrillic titles after the date column, cut with "…" at the terminal's edge as English ones are.
    const column = dateColumn(80, "ru");
    for (const [i, event] of parley.timeline().slice(0, rows.length).entries()) {
      const row = `${fit(formatDate(event.date, "ru"), column)}  ${event.translations!.ru!.title}`;
      expect(rows[i]).toBe(`${i === 0 ? "›" : " "}${cutLine(row, 79)}`);
      expect(rows[i]!.slice(column + 3)).toMatch(/^[^a-z]*[А-ЯЁа-яё]{3}/u);
    }
    expect(rows.some((row) => row.endsWith("…"))).toBe(true);
    expect(frame()).not.toContain("по-английски");
  });

  it("opens an event in Vietnamese: title, summary, participants' names in Vietnamese", async () => {
    const id = "2023-10-16-trong-receives-volodin";
    const event = shipped.events.find((e) => e.id === id)!;
    const { frame } = start({
      parley,
      language: "vi",
      size: { columns: 80, rows: 60 },
      initialRoute: { screen: "detail", id },
    });
    fits(frame(), 80);
    expect(frame().split("\n")[0]).toContain(`Parley › ${event.translations!.vi!.title}`);
    const summaryStart = event.translations!.vi!.summary.split(" ").slice(0, 6).join(" ");
    expect(frame()).toContain(summaryStart);
    expect(frame()).toContain("Nguyễn Phú Trọng — ");
    expect(frame()).not.toContain("tiếng Anh)");
  });

  it("marks English standing in for a missing translation, in lists, titles and texts, keeping the mark in view", async () => {
    const event = shipped.events.find((e) => e.id === untranslated)!;
    const { frame } = start({
      parley: partial,
      language: "ru",
      size: { columns: 80, rows: 24 },
      initialRoute: { screen: "detail", id: untranslated },
    });
    let lines = fits(frame(), 80);
    expect(lines[0]).toMatch(new RegExp(`^Parley › ${event.title} \\(по-английски\\)\\s+\\d+/\\d+$`, "u"));
    // The summary, in English, ends with the mark.
    expect(frame()).toMatch(/President and the Prime Minister\. \(по-английски\)/u);

    // 40 columns: the title is cut, the mark stays.
    const narrow = start({
      parley: partial,
      language: "ru",
      size: { columns: 40, rows: 12 },
      initialRoute: { screen: "search", query: "volodin official visit october 2023" },
    });
    // The search index is built in the background first.
    for (const until = Date.now() + 10_000; !narrow.frame().includes("Volodin") && Date.now() < until;)
      await new Promise((resolve) => setTimeout(resolve, 20));
    lines = fits(narrow.frame(), 40);
    expect(lines.find((l) => l.includes("Volodin"))).toBe("›  15–16 окт. …  Volodin… (по-английски)");
    // Other languages keep their translation, unmarked.
    const vi = start({ parley: partial, language: "vi", initialRoute: { screen: "detail", id: untranslated } });
    expect(vi.frame().split("\n")[0]).toContain(event.translations!.vi!.title);
    expect(vi.frame()).not.toContain("tiếng Anh)");
  });
});

describe("a dataset with issues", () => {
  it("lists the issues grouped by record instead of crashing, and quits with exit code 1", async () => {
    const result = validateDataset(brokenDataset());
    expect(result.ok).toBe(false);
    const { frame, press, exits } = start({
      parley: null,
      origin: "broken.json",
      issues: result.issues,
      size: { columns: 120, rows: 30 },
    });
    expect(frame()).toContain("Parley › Dataset issues");
    expect(frame()).toMatch(/broken\.json cannot be browsed: \d+ issues in \d+ records/);
    expect(frame()).toContain('ref.unknown  $.events[0].place  "atlantis" is not the id of any place');
    await press("q");
    expect(exits).toEqual([1]);
  });
});

describe("search while its index is built in the background", () => {
  /** Waits until the condition holds (or ten seconds pass: the test then fails on its own assertion). */
  const until = async (condition: () => boolean) => {
    const deadline = Date.now() + 10_000;
    while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it("says the index is being built, takes the query meanwhile, and searches it by itself once the index is ready", async () => {
    // Large enough that its index takes many slices to build.
    const data = generateDataset({ events: 10_000, seed: 3 });
    const person = data.people[0]!;
    const r = start({ parley: createParley(data) });
    r.stdin.write("/");
    await until(() => r.frame().includes("Building the search index…"));
    expect(r.frame()).toContain("Building the search index…");
    for (const ch of person.name) r.stdin.write(ch);
    await until(() => r.frame().includes("People ("));
    // Every letter reached the box while the index was still being built…
    expect(r.frames.some((f) => f.includes(`/ ${person.name}`) && f.includes("Building the search index…"))).toBe(true);
    // …and the results for the whole query came without another key.
    expect(r.frame()).toContain(`/ ${person.name}`);
    expect(r.frame()).toContain("People (");
    expect(r.selected()).toContain(person.name);
    expect(r.frame()).not.toContain("Building the search index…");
  });

  it("is started after the first frame, so / finds the index ready", async () => {
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = tempDir();
    try {
      const session = prepareSession(join(appRoot, "test", "fixtures", "mini.json"));
      if (!session.ok) throw new Error("mini.json should open");
      const search = session.props.search!;
      for (const step of session.afterFirstFrame) step();
      await until(() => search.ready);
      expect(search.ready).toBe(true);
      const { frame, press } = start({ ...session.props });
      await press("/");
      expect(frame()).toContain("Type to search people, events, places, sources… in any script.");
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  });
});

describe("keys while core's indexes are built after the first frame", () => {
  it("handles keys typed while the Parley and then the search index are built in slices", async () => {
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = tempDir();
    try {
      // Large enough that core's indexes take several slices to build.
      const read = Buffer.from(JSON.stringify(generateDataset({ events: 10_000, seed: 3 })));
      const session = prepareSession("generated.json", { read });
      if (!session.ok) throw new Error("the generated dataset should open");
      const search = session.props.search!;
      const { frame, press } = start({ ...session.props });
      expect(frame()).toContain("Parley › Home");
      // Each step in its own turn of the event loop, as the interface runs them; a key comes right after the last.
      for (const step of session.afterFirstFrame) {
        step();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      await press("?");
      expect(frame()).toContain("Parley › Help");
      await press("?");
      expect(frame()).toContain("Parley › Home");
      const deadline = Date.now() + 20_000;
      while (!search.ready && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(search.ready).toBe(true);
      await press(KEY.enter);
      expect(frame()).toContain("Parley › Events (timeline)");
      session.beforeExit();
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  });
});
