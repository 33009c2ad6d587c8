import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { citationListsOf } from "../../src/model/walkRecord.js";
import { independentOrigins } from "../../src/report/independentOrigins.js";
import { formatSourcing } from "../../src/report/formatSourcing.js";
import type { Dataset } from "../../src/schema/Dataset.js";

function independentLine(data: Dataset): string {
  return formatSourcing(data).find((l) => l.includes("at least two independent sources"))!;
}

describe("formatSourcing", () => {
  test("an event whose second source turns out to reprint the first loses its two independent sources", () => {
    const copy = structuredClone(dataset) as Dataset;
    const byId = new Map(copy.sources.map((s) => [s.id, s]));
    const sourcesOf = (e: Dataset["events"][number]) => [
      ...new Set(citationListsOf("events", e).flatMap((l) => l.citations.map((c) => c.source))),
    ];
    const event = copy.events.find(
      (e) => sourcesOf(e).length === 2 && independentOrigins(sourcesOf(e), byId).size === 2,
    );
    if (!event) throw new Error("the shipped data should hold an event with exactly two independent sources");
    const [first, second] = sourcesOf(event);
    const sources = copy.sources.map((s) => (s.id === second ? { ...s, republishes: first, quality: undefined } : s));
    const before = Number(/: (\d+) of/.exec(independentLine({ ...copy, sources: copy.sources }))![1]);
    const after = Number(/: (\d+) of/.exec(independentLine({ ...copy, sources }))![1]);
    // Other events citing the same source may lose theirs too; this one certainly does.
    expect(after).toBeLessThan(before);
  });

  test("counts every event once per year of its earliest day", () => {
    const lines = formatSourcing(dataset);
    const years = lines.slice(1, lines.indexOf("")).map((l) => Number(l.trim().split(/\s+/)[1]));
    expect(years.reduce((a, b) => a + b, 0)).toBe(dataset.events.length);
  });

  test("counts an event dated on or before a day in that day's year, not as undated", () => {
    const event = { ...dataset.events[0]!, id: "on-or-before", date: "../2021-01-30" };
    const lines = formatSourcing({ ...dataset, events: [event] } as Dataset);
    expect(lines.some((l) => /^\s*2021\s+1$/u.test(l))).toBe(true);
    expect(lines.some((l) => l.includes("undated"))).toBe(false);
  });
});
