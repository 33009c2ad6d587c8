import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { dateBounds } from "../../src/dates/dateBounds.js";
import { dataset as shipped } from "../../src/dataset.js";
import { toICalendar } from "../../src/export/toICalendar.js";
import { smallDataset } from "./fixtures.js";

function vevents(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
}

describe("toICalendar", () => {
  const data = smallDataset(200, 5);
  const { ics, skipped } = toICalendar(data);
  const dayEvents = data.events.filter((e) => dateBounds(e.date)!.precision === "day");

  test("the calendar parses with ical.js and has exactly one VEVENT per event dated to the day or a span of days", () => {
    const events = vevents(ics);
    expect(events).toHaveLength(dayEvents.length);
    expect(events.map((v) => v.getFirstPropertyValue("uid"))).toEqual(dayEvents.map((e) => `${e.id}@parley`));
  });

  test("a two-day visit ends on the day after its last day (DTEND is exclusive)", () => {
    const visit = structuredClone(data);
    visit.events[0]!.date = "2023-10-15/2023-10-16";
    const [first] = vevents(toICalendar(visit).ics);
    expect(String(first!.getFirstPropertyValue("dtstart"))).toBe("2023-10-15");
    expect(String(first!.getFirstPropertyValue("dtend"))).toBe("2023-10-17");
    expect(first!.getFirstProperty("dtstart")!.type).toBe("date");
  });

  test("a one-day event at the end of a month ends on the first of the next", () => {
    const one = structuredClone(data);
    one.events[0]!.date = "2024-02-29";
    const [first] = vevents(toICalendar(one).ics);
    expect(String(first!.getFirstPropertyValue("dtend"))).toBe("2024-03-01");
  });

  test("events known only to the month or year are left out and listed with the reason", () => {
    const coarse = data.events.filter((e) => dateBounds(e.date)!.precision !== "day");
    expect(coarse.length).toBeGreaterThan(0);
    expect(skipped.map((s) => s.id)).toEqual(coarse.map((e) => e.id));
    const month = skipped.find((s) => /^\d{4}-\d{2}$/.test(s.date))!;
    expect(month.reason).toBe("known only to the month");
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("x-wr-caldesc")).toContain(`${skipped.length} events are left out`);
    expect(calendar.getAllProperties("x-parley-skipped")).toHaveLength(skipped.length);
  });

  test("statuses map to CONFIRMED, TENTATIVE and CANCELLED", () => {
    const mixed = structuredClone(data);
    const day = mixed.events.filter((e) => dateBounds(e.date)!.precision === "day");
    day[0]!.status = "took-place";
    day[1]!.status = "announced";
    day[2]!.status = "cancelled";
    const byUid = new Map(
      vevents(toICalendar(mixed).ics).map((v) => [v.getFirstPropertyValue("uid"), v.getFirstPropertyValue("status")]),
    );
    expect([0, 1, 2].map((i) => byUid.get(`${day[i]!.id}@parley`))).toEqual(["CONFIRMED", "TENTATIVE", "CANCELLED"]);
  });

  test("text with backslashes, semicolons, commas and line breaks is escaped and reads back unchanged", () => {
    const odd = structuredClone(data);
    odd.events[0]!.date = "2023-10-15";
    odd.events[0]!.title = "Talks; trade, energy \\ oil\nand more";
    const [first] = vevents(toICalendar(odd).ics);
    expect(first!.getFirstPropertyValue("summary")).toBe("Talks; trade, energy \\ oil\nand more");
    expect(String(first!.getFirstPropertyValue("description"))).toContain(odd.events[0]!.summary);
  });

  test("lines end in CRLF and no line is longer than 75 octets", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test("the output is the same every time, with a DTSTAMP taken from the data", () => {
    expect(toICalendar(data).ics).toBe(ics);
    expect(ics).toMatch(/^DTSTAMP:\d{8}T000000Z\r$/m);
  });
});

describe("foldIcalLine", () => {
  test("folds at 75 octets without splitting a character, and unfolding gives the line back", async () => {
    const { foldIcalLine } = await import("../../src/export/icalText.js");
    for (const line of [
      "x".repeat(300),
      `DESCRIPTION:${"Vương Đình Huệ gặp Вячеслав Володин; ".repeat(12)}`,
      `SUMMARY:${"😀".repeat(40)}`,
    ]) {
      const folded = foldIcalLine(line);
      for (const physical of folded.split("\r\n"))
        expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
      expect(folded.replace(/\r\n /g, "")).toBe(line);
    }
  });
});

describe("toICalendar locations", () => {
  test("the location names the venue, its city and the country once, even when the country is itself a place", () => {
    const data = smallDataset(60, 3);
    const event = data.events.find((e) => dateBounds(e.date)!.precision === "day" && e.place)!;
    const city = {
      id: "test-city",
      name: "Test City",
      otherNames: [],
      kind: "city" as const,
      country: "vn",
      within: "test-country",
      citations: [],
    };
    const country = {
      id: "test-country",
      name: "Vietnam",
      otherNames: [],
      kind: "country" as const,
      country: "vn",
      citations: [],
    };
    const withCountryPlace = {
      ...data,
      places: [...data.places, city, country],
      events: [{ ...event, place: "test-city" }],
    };
    const [only] = vevents(toICalendar(withCountryPlace).ics);
    expect(only!.getFirstPropertyValue("location")).toBe("Test City, Vietnam");
    const plain = {
      ...data,
      places: [...data.places, { ...city, within: undefined }],
      events: [{ ...event, place: "test-city" }],
    };
    expect(vevents(toICalendar(plain).ics)[0]!.getFirstPropertyValue("location")).toBe("Test City, Vietnam");
  });
});

describe("toICalendar in Vietnamese and Russian", () => {
  test.each(["vi", "ru"] as const)("the %s calendar's summaries are in that language and say so", (language) => {
    const events = vevents(toICalendar(shipped, language).ics);
    expect(events.length).toBeGreaterThan(0);
    for (const v of events) {
      const summary = v.getFirstProperty("summary")!;
      const id = String(v.getFirstPropertyValue("uid")).replace(/@parley$/, "");
      const event = shipped.events.find((e) => e.id === id)!;
      const expected = event.translations?.[language]?.title;
      expect(summary.getParameter("language")).toBe(expected === undefined ? "en" : language);
      expect(summary.getFirstValue()).toBe(expected ?? event.title);
    }
  });

  test("the English calendar keeps the English titles, marked as English", () => {
    const [first] = vevents(toICalendar(shipped).ics);
    expect(first!.getFirstProperty("summary")!.getParameter("language")).toBe("en");
  });
});
