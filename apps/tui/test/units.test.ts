// Plain functions: the navigation reducer, the key map, date formatting, text fitting.
import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { createParley, createSearchIndex, languages, recordKinds, type Parley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { generateDataset } from "@parley/core/testing";
import { formatDate } from "../src/format/date.js";
import { jsonArrayPieces, PIECE_CHARS } from "../src/format/jsonArrayPieces.js";
import { lazyParley } from "../src/dataset/session.js";
import { createSearchIndexCache } from "../src/dataset/searchIndex.js";
import { buildDetail } from "../src/rows/detail/index.js";
import { detailText } from "../src/rows/detail/detailText.js";
import { findIn, findInDataset, hitLabel, labelIn } from "../src/rows/localText.js";
import { detailRows } from "../src/rows/rowSources.js";
import { homeFactsOf } from "../src/rows/homeFacts.js";
import { cutLine, fit, truncate, wrap } from "../src/format/text.js";
import { wantsColour } from "../src/process/io.js";
import { parseRecordKind } from "../src/kinds.js";
import { editQuery } from "../src/ui/editQuery.js";
import { splitKeys } from "../src/ui/keyboard.js";
import { commandFor, commandWords, footerHints, keyLabels, keymap, type Command } from "../src/ui/keymap.js";
import { currentView, initialNav, navReducer, placeCursor, settleView, type NavState } from "../src/ui/nav.js";
import { makeTheme } from "../src/ui/theme.js";

function key(overrides: Partial<Key> = {}): Key {
  const none = Object.fromEntries(
    [
      "upArrow",
      "downArrow",
      "leftArrow",
      "rightArrow",
      "pageDown",
      "pageUp",
      "home",
      "end",
      "return",
      "escape",
      "ctrl",
      "shift",
      "tab",
      "backspace",
      "delete",
      "meta",
      "super",
      "hyper",
      "capsLock",
      "numLock",
    ].map((k) => [k, false]),
  ) as unknown as Key;
  return { ...none, ...overrides };
}

describe("formatDate", () => {
  it.each([
    ["2023-10-16", "16 Oct 2023"],
    ["2023-10", "Oct 2023"],
    ["2023", "2023"],
    ["2023-10-15/2023-10-16", "15–16 Oct 2023"],
    ["2023-10-30/2023-11-02", "30 Oct – 2 Nov 2023"],
    ["2023-12-30/2024-01-02", "30 Dec 2023 – 2 Jan 2024"],
    ["2023-10/2023-12", "Oct–Dec 2023"],
    ["2023/2024", "2023–2024"],
    ["../2025-09-28", "on or before 28 Sep 2025"],
    ["2025-09-28/..", "on or after 28 Sep 2025"],
    ["2023~", "c. 2023"],
    ["2023-10?", "Oct 2023?"],
  ])("%s reads %s", (edtf, text) => {
    expect(formatDate(edtf, "en")).toBe(text);
  });

  it("returns text it cannot read unchanged, and says when there is no date", () => {
    expect(formatDate("soon", "en")).toBe("soon");
    expect(formatDate(null, "en")).toBe("date unknown");
  });
});

describe("text fitting", () => {
  it("truncates with an ellipsis and pads to a width", () => {
    expect(truncate("Vương Đình Huệ", 8)).toBe("Vương Đ…");
    expect(fit("ab", 4)).toBe("ab  ");
    expect(fit("abcdef", 4)).toBe("abc…");
  });

  it("wraps words and cuts words longer than a line", () => {
    expect(wrap("one two three four", 9)).toEqual(["one two", "three", "four"]);
    expect(wrap("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });
});

describe("colour", () => {
  it("is on only on a terminal without NO_COLOR", () => {
    expect(wantsColour(true, {})).toBe(true);
    expect(wantsColour(true, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColour(false, {})).toBe(false);
    expect(makeTheme(false)).toMatchObject({ accent: undefined, link: undefined, heading: undefined, warn: undefined });
  });
});

describe("parseRecordKind", () => {
  it("accepts plural and singular, any case", () => {
    expect(parseRecordKind("people")).toBe("people");
    expect(parseRecordKind("Person")).toBe("people");
    expect(parseRecordKind("nonsense")).toBeNull();
  });

  it("accepts the model's word and the interface's name for a kind alike", () => {
    expect(parseRecordKind("post")).toBe("posts");
    expect(parseRecordKind("Offices")).toBe("posts");
    expect(parseRecordKind("term of office")).toBe("memberships");
  });
});

describe("the key map", () => {
  it("maps arrows and vi keys, Enter, Esc and Backspace", () => {
    expect(commandFor("", key({ downArrow: true }))).toBe("down");
    expect(commandFor("j", key())).toBe("down");
    expect(commandFor("k", key())).toBe("up");
    expect(commandFor("", key({ return: true }))).toBe("open");
    expect(commandFor("", key({ escape: true }))).toBe("back");
    expect(commandFor("", key({ delete: true }))).toBe("back");
    expect(commandFor("", key({ backspace: true }))).toBe("back");
    expect(commandFor("g", key())).toBe("top");
    expect(commandFor("G", key({ shift: true }))).toBe("bottom");
    expect(commandFor("", key({ pageDown: true }))).toBe("pageDown");
    expect(commandFor("", key({ tab: true }))).toBe("nextList");
    expect(commandFor("", key({ tab: true, shift: true }))).toBe("prevList");
    expect(commandFor("/", key())).toBe("search");
    expect(commandFor("?", key())).toBe("help");
    expect(commandFor("q", key())).toBe("quit");
    expect(commandFor("c", key({ ctrl: true }))).toBe("quit");
    expect(commandFor("x", key())).toBeNull();
  });

  it("leaves letters, Backspace and side arrows to the search box while typing", () => {
    expect(commandFor("j", key(), true)).toBeNull();
    expect(commandFor("q", key(), true)).toBeNull();
    expect(commandFor("", key({ delete: true }), true)).toBeNull();
    expect(commandFor("", key({ leftArrow: true }), true)).toBeNull();
    expect(commandFor("", key({ downArrow: true }), true)).toBe("down");
    expect(commandFor("", key({ escape: true }), true)).toBe("back");
    expect(commandFor("c", key({ ctrl: true }), true)).toBe("quit");
  });

  it("gives every command a key and a description, and footers from the same map", () => {
    for (const command of Object.keys(keymap) as Command[]) {
      expect(keyLabels(command).length).toBeGreaterThan(0);
      expect(commandWords(command, "en").description.length).toBeGreaterThan(0);
    }
    expect(footerHints(["up", "down", "open", "search", "quit"], "en")).toBe("↑↓ move  Enter open  / search  q quit");
    expect(footerHints(["pageDown", "pageUp", "nextList"], "en", { rename: { nextList: "links" } })).toBe(
      "PgDn/PgUp page  Tab links",
    );
  });
});

describe("the navigation reducer", () => {
  const open = (state: NavState, id: string) => navReducer(state, { type: "open", route: { screen: "detail", id } });

  it("opens views onto a history stack and goes back to the same row", () => {
    let s = initialNav();
    s = navReducer(s, { type: "open", route: { screen: "list", list: "events" } });
    s = navReducer(s, { type: "moveTo", index: 40, count: 100, height: 10 });
    expect(currentView(s)).toMatchObject({ cursor: 40, offset: 31 });
    s = open(s, "e-40");
    expect(currentView(s)).toEqual({ route: { screen: "detail", id: "e-40" }, cursor: -1, offset: 0 });
    s = navReducer(s, { type: "back" });
    expect(currentView(s)).toMatchObject({ route: { screen: "list", list: "events" }, cursor: 40, offset: 31 });
    s = navReducer(s, { type: "back" });
    s = navReducer(s, { type: "back" });
    expect(s.stack).toHaveLength(1);
    expect(currentView(s).route).toEqual({ screen: "home" });
  });

  it("clamps the cursor and scrolls only as far as needed", () => {
    const v = { route: { screen: "home" } as const, cursor: 0, offset: 0 };
    expect(placeCursor(v, -5, 10, 4)).toMatchObject({ cursor: 0, offset: 0 });
    expect(placeCursor(v, Infinity, 10, 4)).toMatchObject({ cursor: 9, offset: 6 });
    expect(placeCursor({ ...v, cursor: 9, offset: 6 }, 7, 10, 4)).toMatchObject({ cursor: 7, offset: 6 });
    expect(placeCursor({ ...v, cursor: 9, offset: 6 }, 2, 10, 4)).toMatchObject({ cursor: 2, offset: 2 });
    expect(placeCursor(v, 3, 0, 4)).toMatchObject({ cursor: 0, offset: 0 });
  });

  it("selects the first link of a fresh view and keeps the cursor visible after a resize", () => {
    const fresh = { route: { screen: "home" } as const, cursor: -1, offset: 0 };
    expect(settleView(fresh, 20, 5, 3)).toMatchObject({ cursor: 3, offset: 0 });
    expect(settleView({ ...fresh, cursor: 15, offset: 10 }, 20, 3, 0)).toMatchObject({ cursor: 15, offset: 13 });
  });

  it("switches lists in a ring without growing the history", () => {
    let s = navReducer(initialNav(), { type: "switchList", by: 1 });
    expect(currentView(s).route).toEqual({ screen: "list", list: "events" });
    s = navReducer(s, { type: "switchList", by: 1 });
    expect(currentView(s).route).toEqual({ screen: "list", list: "people" });
    s = navReducer(s, { type: "switchList", by: -1 });
    s = navReducer(s, { type: "switchList", by: -1 });
    expect(currentView(s).route).toEqual({ screen: "list", list: "sources" });
    expect(s.stack).toHaveLength(2);
  });

  it("closes the help overlay before going back, and keeps the query of a search", () => {
    let s = navReducer(initialNav(), { type: "open", route: { screen: "search", query: "" } });
    s = navReducer(s, { type: "query", query: "volodin", caret: 7 });
    expect(currentView(s).route).toEqual({ screen: "search", query: "volodin", caret: 7 });
    s = navReducer(s, { type: "help", open: true });
    s = navReducer(s, { type: "back" });
    expect(s.help).toBe(false);
    expect(currentView(s).route.screen).toBe("search");
    expect(navReducer(initialNav(), { type: "query", query: "x", caret: 1 })).toEqual(initialNav());
    // An unchanged query and caret make no new state, so nothing renders again.
    expect(navReducer(s, { type: "query", query: "volodin", caret: 7 })).toBe(s);
  });
});

describe("the search box", () => {
  it("inserts typed text at the caret and moves the caret past it", () => {
    expect(editQuery({ query: "", caret: 0 }, "v", key())).toEqual({ query: "v", caret: 1 });
    expect(editQuery({ query: "vodin", caret: 2 }, "lo", key())).toEqual({ query: "volodin", caret: 4 });
    expect(editQuery({ query: "ха", caret: 2 }, "н", key())).toEqual({ query: "хан", caret: 3 });
  });

  it("deletes before the caret, moves it with the side arrows, and clears with Ctrl-U and Ctrl-W", () => {
    expect(editQuery({ query: "volodin", caret: 7 }, "", key({ backspace: true }))).toEqual({
      query: "volodi",
      caret: 6,
    });
    expect(editQuery({ query: "volodin", caret: 0 }, "", key({ backspace: true }))).toBeNull();
    expect(editQuery({ query: "volodin", caret: 7 }, "", key({ leftArrow: true }))).toEqual({
      query: "volodin",
      caret: 6,
    });
    expect(editQuery({ query: "volodin", caret: 7 }, "", key({ rightArrow: true }))).toBeNull();
    expect(editQuery({ query: "ha noi", caret: 6 }, "w", key({ ctrl: true }))).toEqual({ query: "ha ", caret: 3 });
    expect(editQuery({ query: "ha noi", caret: 3 }, "u", key({ ctrl: true }))).toEqual({ query: "noi", caret: 0 });
  });

  it("leaves the text alone for keys that are not text", () => {
    expect(editQuery({ query: "a", caret: 1 }, "", key({ return: true }))).toBeNull();
    expect(editQuery({ query: "a", caret: 1 }, "", key({ downArrow: true }))).toBeNull();
    expect(editQuery({ query: "a", caret: 1 }, "\u001B", key({ escape: true, meta: true }))).toBeNull();
  });
});

describe("splitKeys", () => {
  it("splits a chunk of typed-ahead characters into one key each, Enter and Backspace included", () => {
    const keys = splitKeys("/ab\r\u007F", key());
    expect(keys.map(([input]) => input)).toEqual(["/", "a", "b", "", ""]);
    expect(keys[3]![1].return).toBe(true);
    expect(keys[4]![1].backspace).toBe(true);
  });

  it("keeps escape sequences and single keys whole", () => {
    expect(splitKeys("\u001B[A", key({ upArrow: true }))).toHaveLength(1);
    expect(splitKeys("j", key())).toEqual([["j", key()]]);
  });
});

describe("jsonArrayPieces", () => {
  const values: unknown[][] = [
    [],
    [1],
    [{ a: "x\ny", b: [1, { c: null }] }, "two", [], {}],
    [undefined, () => 1, { toJSON: () => "t" }],
  ];
  it.each(values)("joins to exactly what JSON.stringify makes, compact and indented (%#)", (...items) => {
    for (const batch of [1, 2, 3, 256, { chars: 1 }, { chars: 40 }]) {
      expect([...jsonArrayPieces(items, 0, batch)].join("")).toBe(JSON.stringify(items));
      expect([...jsonArrayPieces(items, 2, batch)].join("")).toBe(JSON.stringify(items, null, 2));
    }
  });

  it("cuts a long array into pieces of whole items", () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ i }));
    const pieces = [...jsonArrayPieces(items, 0, 10)];
    expect(pieces.slice(0, -1)).toHaveLength(10);
    expect(pieces.slice(1, -1).every((p) => p.startsWith(',{"i":') && p.endsWith("}"))).toBe(true);
    expect(pieces.at(-1)).toBe("]");
  });

  it("by default cuts pieces of about PIECE_CHARS characters, however long the items are", () => {
    for (const width of [10, 300, 5000]) {
      const items = Array.from({ length: 4000 }, (_, i) => ({ i, text: "x".repeat(width) }));
      const pieces = [...jsonArrayPieces(items)];
      expect(pieces.join("")).toBe(JSON.stringify(items));
      const full = pieces.slice(2, -2);
      expect(full.length).toBeGreaterThan(0);
      for (const piece of full) {
        expect(piece.length).toBeGreaterThan(PIECE_CHARS / 2);
        expect(piece.length).toBeLessThan(PIECE_CHARS * 1.5);
      }
    }
  });
});

describe("detail views", () => {
  /** The ids a section of a record's detail view links to, in order; [] when the view has no such section. */
  function sectionIds(parley: Parley, id: string, title: string): string[] {
    const lines = buildDetail(parley, id, "en")!.lines;
    const start = lines.findIndex((l) => l.type === "heading" && l.text.startsWith(`${title} (`));
    if (start === -1) return [];
    const end = lines.findIndex((l, i) => i > start && l.type === "heading");
    return lines.slice(start + 1, end === -1 ? undefined : end).flatMap((l) => (l.type === "link" ? [l.id] : []));
  }

  it("write a linked summary in plain words, with a link line to each record it names", () => {
    const parley = createParley(dataset);
    const lines = buildDetail(parley, "2023-10-15-volodin-arrives-in-hanoi", "en")!.lines;
    const summary = lines.find((l) => l.type === "text" && l.text.includes("arrival date is disputed"));
    expect(summary?.type === "text" && summary.text).toContain("(see the disagreement over the arrival date)");
    expect(lines).toContainEqual({
      type: "link",
      id: "c1-volodin-arrival-2023",
      text: "→ the disagreement over the arrival date",
      indent: 2,
    });
  });

  it("show several posts for one participant and mark a disputed date under the date", () => {
    const parley = createParley(dataset);
    const call = buildDetail(parley, "2024-08-08-to-lam-putin-phone-call", "en")!.lines;
    const posts = call.flatMap((l) => (l.type === "link" && l.text.startsWith("as ") ? [l.id] : []));
    expect(posts).toEqual(["general-secretary-of-the-cpv", "president-of-vietnam", "president-of-russia"]);
    const visit = buildDetail(parley, "2023-10-volodin-visit-vietnam", "en")!.lines;
    const date = visit.findIndex((l) => l.type === "field" && l.label === "Date");
    expect(visit[date + 1]).toMatchObject({ type: "link", id: "c1-volodin-arrival-2023" });
  });

  it("list related records in the order of core's queries, for the shipped dataset and a generated one", () => {
    const titles = [
      "Parts",
      "Offices",
      "Documents it is party to",
      "Sources it published",
      "Reprints of its reporting",
      "Narrower topics",
      "Documents",
      "Statements",
      "Places within",
      "Republished by",
    ];
    const seen = new Map(titles.map((t) => [t, 0]));
    for (const data of [dataset, generateDataset({ events: 2000, seed: 5 })]) {
      const parley = createParley(data);
      const sections: [readonly { id: string }[], string, (id: string) => readonly { id: string }[]][] = [
        [data.organizations, "Parts", parley.partsOf],
        [data.organizations, "Offices", parley.postsOf],
        [data.organizations, "Documents it is party to", parley.documentsOf],
        [data.organizations, "Sources it published", parley.sourcesPublishedBy],
        [data.organizations, "Reprints of its reporting", parley.republicationsOf],
        [data.topics, "Narrower topics", parley.narrowerOf],
        [data.topics, "Documents", parley.documentsOf],
        [data.topics, "Statements", parley.statementsOf],
        [data.places, "Places within", parley.placesWithin],
        [data.sources, "Republished by", parley.republicationsOf],
      ];
      for (const [records, title, query] of sections) {
        for (const r of records) {
          const expected = query(r.id).map((x) => x.id);
          if (expected.length === 0) continue;
          seen.set(title, seen.get(title)! + 1);
          expect(sectionIds(parley, r.id, title), `${title} of ${r.id}`).toEqual(expected);
        }
      }
    }
    for (const title of titles) expect(seen.get(title), title).toBeGreaterThan(0);
  });
});

describe("record texts in the reader's language", () => {
  /** The shipped dataset with the Russian translation of one event and one organization taken out. */
  function withoutRussian(eventId: string, organizationId: string) {
    const copy = JSON.parse(JSON.stringify(dataset)) as typeof dataset;
    const strip = (r: { translations?: { ru?: unknown } }) => delete r.translations!.ru;
    strip(copy.events.find((e) => e.id === eventId)!);
    strip(copy.organizations.find((o) => o.id === organizationId)!);
    return copy;
  }

  it("labels every record as core's labelOf does, in every language, from core's indexes or the dataset alone", () => {
    const parley = createParley(dataset);
    const [indexed, loaded] = [findIn(parley), findInDataset(dataset)];
    for (const kind of recordKinds)
      for (const { id } of dataset[kind])
        for (const language of languages) {
          const expected = parley.labelOf(id, language);
          expect(labelIn(indexed, id, language).text, `${id} in ${language}`).toBe(expected);
          expect(labelIn(loaded, id, language).text, `${id} in ${language}`).toBe(expected);
        }
    expect(labelIn(indexed, "no-such-id", "ru")).toEqual({ text: "no-such-id", english: false });
  });

  it("marks English standing in for a missing translation, never a name in Latin letters", () => {
    const data = withoutRussian("2023-10-volodin-visit-vietnam", "state-duma");
    const find = findInDataset(data);
    const title = data.events.find((e) => e.id === "2023-10-volodin-visit-vietnam")!.title;
    expect(labelIn(find, "2023-10-volodin-visit-vietnam", "ru")).toEqual({ text: title, english: true });
    expect(labelIn(find, "2023-10-volodin-visit-vietnam", "vi").english).toBe(false);
    expect(labelIn(find, "2023-10-volodin-visit-vietnam", "en")).toEqual({ text: title, english: false });
    expect(labelIn(find, "state-duma", "ru")).toEqual({ text: "State Duma", english: true });
    // A Russian's name in Vietnamese is written in Latin letters: not a missing translation.
    expect(labelIn(find, "vyacheslav-volodin", "vi")).toEqual({ text: "Vyacheslav Volodin", english: false });
    expect(labelIn(find, "vyacheslav-volodin", "ru").text).toBe("Вячеслав Володин");
  });

  it("labels search hits as core does in English, and in the reader's language otherwise", () => {
    const find = findInDataset(dataset);
    const hits = createSearchIndex(dataset).search("volodin", { limit: 100 });
    const kinds = new Set(hits.map((h) => h.kind));
    for (const kind of ["people", "events", "statements", "memberships", "disagreements"])
      expect(kinds).toContain(kind);
    for (const hit of hits) expect(hitLabel(find, hit, "en")).toEqual({ text: hit.label, english: false });
    const term = hits.find((h) => h.id === "volodin-chairman-of-the-state-duma-2016")!;
    expect(hitLabel(find, term, "ru").text).toBe("Вячеслав Володин, Председатель Государственной думы (2016–2021)");
    const statement = hits.find((h) => h.kind === "statements")!;
    const s = dataset.statements.find((x) => x.id === statement.id)!;
    expect(hitLabel(find, statement, "vi").text).toBe(`Vyacheslav Volodin: ${s.translations!.vi!.summary}`);
  });

  it("shows an event's page in the language, marking its title and summary where English stands in", () => {
    const id = "2023-10-volodin-visit-vietnam";
    const data = withoutRussian(id, "state-duma");
    const parley = createParley(data);
    const event = data.events.find((e) => e.id === id)!;
    const vi = buildDetail(parley, id, "vi")!;
    expect(vi.title).toBe(event.translations!.vi!.title);
    expect(vi.titleNote).toBeUndefined();
    expect(vi.lines).toContainEqual(expect.objectContaining({ type: "text", text: event.translations!.vi!.summary }));
    const ru = buildDetail(parley, id, "ru")!;
    expect(ru).toMatchObject({ title: event.title, titleNote: "(по-английски)" });
    expect(ru.lines).toContainEqual({ type: "text", text: event.summary, note: "(по-английски)" });
    expect(detailText(ru).split("\n")[0]).toBe(`${event.title} (по-английски)`);
    // The State Duma lacks its Russian name: marked where it is linked.
    expect(ru.lines).toContainEqual(
      expect.objectContaining({ type: "link", id: "state-duma", note: "(по-английски)" }),
    );
    // English is never marked.
    expect(JSON.stringify(buildDetail(parley, id, "en"))).not.toContain("note");
  });

  it("says what each citation backs in the language of the page", () => {
    const parley = createParley(dataset);
    const id = "2023-10-volodin-visit-vietnam";
    const cited = (language: "en" | "vi" | "ru") =>
      buildDetail(parley, id, language)!
        .lines.flatMap((l) => (l.type === "link" && l.text.startsWith("[") ? [l.text] : []))
        .map((text) => text.slice(0, text.indexOf("]") + 1));
    expect(cited("en")).toContain("[event]");
    expect(cited("ru")).toContain("[событие]");
    expect(cited("vi")).toContain("[sự kiện]");
    expect(cited("ru").join(" ")).not.toMatch(/participation of|\[event\]/u);
  });

  it("put a text's mark after its last row when it fits, else on a row of its own", () => {
    const detail = (text: string) => ({
      kind: "event",
      id: "x",
      title: "X",
      subtitle: "",
      lines: [{ type: "text" as const, text, note: "(tiếng Anh)" }],
    });
    const short = detailRows(detail("one two three"), 40);
    expect(short.row(1)).toMatchObject({ text: "one two three", note: "(tiếng Anh)" });
    expect(short.count).toBe(2);
    const full = detailRows(detail("x".repeat(30)), 40);
    expect(full.count).toBe(3);
    expect(full.row(2)).toEqual({ text: "(tiếng Anh)", tone: "dim", indent: 0 });
  });

  it("cut a row's text before its mark, keeping its spacing", () => {
    expect(cutLine("2023   a long title", 12)).toBe("2023   a lo…");
    expect(cutLine("short", 12)).toBe("short");
  });
});

describe("createSearchIndexCache", () => {
  it("builds the index from the dataset as loaded, once, leaving it unfrozen", () => {
    const data = generateDataset({ events: 300, seed: 3 });
    const search = createSearchIndexCache(data);
    expect(search.ready).toBe(false);
    const person = data.people[0]!;
    expect(
      search
        .index()
        .search(person.name, { limit: 10 })
        .map((hit) => hit.id),
    ).toContain(person.id);
    expect(search.ready).toBe(true);
    expect(search.index()).toBe(search.warmed());
    expect(Object.isFrozen(data.people)).toBe(false);
  });

  it("asks for a dataset given as a function only when the index is first needed", async () => {
    let asked = 0;
    const search = createSearchIndexCache(() => (asked++, generateDataset({ events: 50, seed: 4 })));
    expect(asked).toBe(0);
    await search.prepareInBackground();
    expect(search.ready).toBe(true);
    search.index();
    expect(asked).toBe(1);
  });
});

describe("homeFactsOf", () => {
  it("agrees with core's stats and the end of its timeline, for the shipped dataset and a generated one", () => {
    for (const data of [dataset, generateDataset({ events: 2000, seed: 11 })]) {
      const parley = createParley(data);
      const facts = homeFactsOf(data);
      expect(facts.counts).toEqual(parley.stats().counts);
      expect(facts.dateRange).toEqual(parley.stats().dateRange);
      expect(facts.latest.map((e) => e.id)).toEqual(
        parley
          .timeline()
          .slice(-10)
          .reverse()
          .map((e) => e.id),
      );
    }
    expect(homeFactsOf(dataset, 0).latest).toEqual([]);
  });
});

describe("lazyParley", () => {
  it("builds nothing until first used, then answers as the real one", () => {
    let built = 0;
    const lazy = lazyParley(() => {
      built++;
      return createParley(dataset);
    });
    expect(built).toBe(0);
    expect(lazy.timeline().length).toBe(dataset.events.length);
    expect(lazy.stats().counts.events).toBe(dataset.events.length);
    expect(built).toBe(1);
  });
});
