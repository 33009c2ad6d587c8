import { createParley, languages, type Dataset } from "@parley/core";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { getDataset, getParley } from "@/data/getParley";
import { atomFeed, FEED_LENGTH } from "@/feed/atomFeed";

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe.each(languages)("the %s Atom feed", (language) => {
  const text = atomFeed(getParley(), language);

  test("is well-formed XML in the Atom namespace, in its language", () => {
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = xml.parse(text).feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@xml:lang"]).toBe(language);
  });

  test("has what RFC 4287 requires of a feed and of each entry", () => {
    const feed = xml.parse(text).feed;
    for (const key of ["id", "title", "updated", "author"]) expect(feed[key], key).toBeDefined();
    expect(asList(feed.link).some((l: Record<string, string>) => l["@rel"] === "self")).toBe(true);
    const entries = asList(feed.entry) as Record<string, unknown>[];
    expect(entries).toHaveLength(FEED_LENGTH);
    const ids = new Set<unknown>();
    for (const entry of entries) {
      for (const key of ["id", "title", "updated", "link", "summary"]) expect(entry[key], key).toBeDefined();
      expect(String(entry.updated)).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      ids.add(entry.id);
    }
    expect(ids.size).toBe(entries.length);
  });

  test("is read by a maintained feed reader's parser, newest first, linking into its own site", () => {
    const parsed = parseFeed(text);
    expect(parsed.meta.type).toBe("atom");
    expect(parsed.language).toBe(language);
    expect(parsed.items).toHaveLength(FEED_LENGTH);
    const prefix =
      language === "en" ? /^https?:\/\/[^/]+\/events\// : new RegExp(`^https?://[^/]+/${language}/events/`);
    for (const item of parsed.items) expect(item.url).toMatch(prefix);
    const times = parsed.items.map((i) => i.updated?.getTime() ?? 0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

test("entries are in the feed's language, and English standing in for a translation is marked so", () => {
  const ru = parseFeed(atomFeed(getParley(), "ru"));
  expect(ru.items.some((i) => /[а-я]/i.test(i.title ?? ""))).toBe(true);
  const copy = structuredClone(getDataset()) as Dataset;
  for (const e of copy.events) delete e.translations;
  const text = atomFeed(createParley(copy), "ru");
  expect(text).toContain('<title xml:lang="en">');
  expect(text).toContain("Ещё не переведено");
});
