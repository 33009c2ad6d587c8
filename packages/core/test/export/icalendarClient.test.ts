import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { exportFiles } from "../../src/export/exportFiles.js";
import { exportText } from "./fixtures.js";

/** An EDTF day or span of days, qualifiers allowed: what a calendar can place (checked here without dateBounds). */
const DAYS = /^(\d{4}-\d{2}-\d{2})[~?%]?(?:\/(\d{4}-\d{2}-\d{2})[~?%]?)?$/;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe("parley.ics read back by ical.js", () => {
  const ics = exportText(exportFiles(dataset), "parley.ics");
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents("vevent");
  const byUid = new Map(vevents.map((v) => [String(v.getFirstPropertyValue("uid")), v]));
  const skipped = calendar.getAllProperties("x-parley-skipped").map((p) => String(p.getFirstValue()));

  test("there is one VEVENT per event dated to the day, and every other event is listed as skipped", () => {
    const dayDated = dataset.events.filter((e) => DAYS.test(e.date));
    expect(vevents.length).toBe(dayDated.length);
    expect([...byUid.keys()].sort()).toEqual(dayDated.map((e) => `${e.id}@parley`).sort());
    expect(vevents.length + skipped.length).toBe(dataset.events.length);
  });

  test("Volodin's October 2023 visit reads back as 15–16 October, with DTEND the day after", () => {
    const visit = byUid.get("2023-10-volodin-visit-vietnam@parley")!;
    expect(visit.getFirstProperty("dtstart")!.type).toBe("date");
    expect(String(visit.getFirstPropertyValue("dtstart"))).toBe("2023-10-15");
    expect(String(visit.getFirstPropertyValue("dtend"))).toBe("2023-10-17");
    const record = dataset.events.find((e) => e.id === "2023-10-volodin-visit-vietnam")!;
    expect(visit.getFirstPropertyValue("summary")).toBe(record.title);
  });

  test("a few more known events read back with their UID, dates and title", () => {
    const ids = [
      "2024-08-08-to-lam-putin-phone-call",
      "2024-06-putin-state-visit-vietnam",
      "2019-12-11-ipcc-first-session",
    ];
    for (const id of ids) {
      const record = dataset.events.find((e) => e.id === id)!;
      const [, first, last] = DAYS.exec(record.date)!;
      const vevent = byUid.get(`${id}@parley`)!;
      expect(String(vevent.getFirstPropertyValue("dtstart")), id).toBe(first);
      expect(String(vevent.getFirstPropertyValue("dtend")), id).toBe(nextDay(last ?? first!));
      expect(vevent.getFirstPropertyValue("summary"), id).toBe(record.title);
    }
  });

  test("an event known only to the month has no VEVENT and reads back from its X-PARLEY-SKIPPED line", () => {
    const monthly = dataset.events.find((e) => /^\d{4}-\d{2}$/.test(e.date))!;
    expect(byUid.has(`${monthly.id}@parley`)).toBe(false);
    expect(skipped).toContain(`${monthly.id} ${monthly.date}: known only to the month`);
  });
});
