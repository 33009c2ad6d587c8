import { describe, expect, test } from "vitest";
import { parquetTables } from "../../src/export/parquetTables.js";
import { toCsv } from "../../src/export/toCsv.js";
import { toICalendar } from "../../src/export/toICalendar.js";
import { toPloverJsonl } from "../../src/export/toPloverJsonl.js";
import { toPopolo } from "../../src/export/toPopolo.js";
import { eventKinds } from "../../src/schema/vocabularies.js";
import { smallDataset } from "./fixtures.js";

describe("links in free texts", () => {
  test("CSV, iCalendar, PLOVER, Popolo and Parquet write a linked summary as its visible words", () => {
    const data = smallDataset(200, 5);
    const event = data.events.find((e) => e.status === "took-place" && eventKinds[e.kind].plover !== null)!;
    const other = data.people[0]!;
    event.summary = `Met [the guest](${other.id}) in the capital.`;
    const plain = "Met the guest in the capital.";
    const ics = toICalendar(data).ics.replace(/\r\n[ \t]/gu, "");
    for (const text of [toCsv(data, "events"), ics, toPloverJsonl(data)]) {
      expect(text).toContain(plain);
      expect(text).not.toContain(`(${other.id})`);
    }
    expect(toPopolo(data).events.find((e) => e.id === event.id)!.description).toBe(plain);
    const events = parquetTables(data).find((t) => t.name === "events")!;
    const summaries = events.columns.find((c) => c.name === "summary")!.values;
    expect(summaries[data.events.indexOf(event)]).toBe(plain);
  });
});
