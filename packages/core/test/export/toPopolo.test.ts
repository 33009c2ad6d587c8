import { describe, expect, test } from "vitest";
import { popoloDate, popoloSpan } from "../../src/export/popoloDates.js";
import { dataset } from "../../src/dataset.js";
import { toPopolo } from "../../src/export/toPopolo.js";
import { smallDataset } from "./fixtures.js";

const POPOLO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe("toPopolo", () => {
  const data = smallDataset(300, 9);
  const popolo = toPopolo(data);

  test("it has Popolo's six collections, one object per record", () => {
    expect(Object.keys(popolo)).toEqual(["persons", "organizations", "posts", "memberships", "events", "areas"]);
    expect(popolo.persons).toHaveLength(data.people.length);
    expect(popolo.memberships).toHaveLength(data.memberships.length);
    expect(popolo.events).toHaveLength(data.events.length);
    expect(popolo.areas).toHaveLength(data.countries.length + data.places.length);
  });

  test("people use Popolo field names, with native names and spellings as other_names", () => {
    const source = data.people.find((p) => p.birth && p.nativeName)!;
    const person = popolo.persons.find((p) => p.id === source.id)!;
    expect(person).toMatchObject({ name: source.name, identifiers: [{ scheme: "parley", identifier: source.id }] });
    expect(person.other_names).toContainEqual({
      name: source.nativeName!.name,
      lang: source.nativeName!.lang,
      note: "native name",
    });
    expect(person.birth_date).toMatch(POPOLO_DATE);
    expect(person.sources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ url: expect.stringMatching(/^https:/), note: expect.any(String) }),
      ]),
    );
  });

  test("names in Vietnamese and Russian are other_names with their lang, our translations said to be ours", () => {
    const shipped = toPopolo(dataset);
    const duma = dataset.organizations.find((o) => o.translations?.ru?.name !== undefined && !o.nativeName)!;
    const out = shipped.organizations.find((o) => o.id === duma.id)!;
    expect(out.other_names).toContainEqual({
      name: duma.translations!.ru!.name,
      lang: "ru",
      note: "translation (Parley's own)",
    });
    const man = shipped.persons.find((p) => p.id === "tran-thanh-man")!;
    expect(man.other_names).toContainEqual(expect.objectContaining({ name: "Чан Тхань Ман", lang: "ru" }));
    const post = dataset.posts.find((p) => p.translations?.vi)!;
    expect(shipped.posts.find((p) => p.id === post.id)!.other_label).toContain(post.translations!.vi!.label);
  });

  test("memberships, posts and organizations link by Popolo ids", () => {
    const membership = popolo.memberships.find((m) => m.start_date)!;
    expect(membership).toEqual(
      expect.objectContaining({
        person_id: expect.any(String),
        post_id: expect.any(String),
        organization_id: expect.any(String),
        role: expect.any(String),
      }),
    );
    expect(membership.start_date).toMatch(POPOLO_DATE);
    const post = popolo.posts[0]!;
    expect(Object.keys(post)).toEqual(expect.arrayContaining(["id", "label", "role", "organization_id"]));
    expect(popolo.organizations.find((o) => o.parent_id)).toEqual(
      expect.objectContaining({ classification: expect.any(String) }),
    );
  });

  test("events carry start and end dates, location, status, classification, parent and attendees", () => {
    const source = data.events.find((e) => e.date.includes("/") && e.place && e.participants.length > 0)!;
    const event = popolo.events.find((e) => e.id === source.id)!;
    const [start, end] = source.date.split("/");
    expect(event).toMatchObject({ name: source.title, start_date: start, end_date: end, status: source.status });
    expect(event.location).toEqual(expect.any(String));
    expect(event.attendees).toContainEqual(
      expect.objectContaining({ id: source.participants[0]!.person, role: source.participants[0]!.role }),
    );
    const child = popolo.events.find((e) => e.parent_id);
    expect(child).toBeDefined();
    for (const e of popolo.events) {
      if (e.start_date !== undefined) expect(e.start_date).toMatch(POPOLO_DATE);
      if (e.end_date !== undefined) expect(e.end_date).toMatch(POPOLO_DATE);
    }
  });

  test("an attendee holding several posts keeps the first as post_id, all as post_ids, and both labels", () => {
    const twoPosts = structuredClone(data);
    const event = twoPosts.events.find((e) => e.participants.length > 0)!;
    const [first, second] = twoPosts.posts;
    event.participants[0]!.posts = [first!.id, second!.id];
    const attendee = (
      toPopolo(twoPosts).events.find((e) => e.id === event.id)!.attendees as Record<string, unknown>[]
    )[0];
    expect(attendee).toMatchObject({
      post_id: first!.id,
      post_ids: [first!.id, second!.id],
      label: `${first!.label} and ${second!.label}`,
    });
  });

  test("an approximate month keeps its month and says it is approximate in a note", () => {
    const fuzzy = structuredClone(data);
    fuzzy.events[0]!.date = "2019-05~";
    const event = toPopolo(fuzzy).events[0]!;
    expect(event.start_date).toBe("2019-05");
    expect(event.note).toContain("approximate date (EDTF 2019-05~)");
  });

  test("dates are never made more precise than the sources give them", () => {
    expect(popoloSpan("2023-10-15/2023-10-16")).toEqual({ start: "2023-10-15", end: "2023-10-16", notes: [] });
    expect(popoloDate("2016-10-05/2016-10-07")).toEqual({
      date: "2016-10",
      notes: ["given as the span 2016-10-05/2016-10-07"],
    });
    expect(popoloDate("2016-12-30/2017-01-02").date).toBeNull();
    expect(popoloDate("2023-10-XX")).toEqual({
      date: "2023-10",
      notes: ["given as 2023-10-XX; the unspecified digits are left out"],
    });
    expect(popoloSpan("../2025-09-28")).toEqual({ start: null, end: "2025-09-28", notes: ["open start"] });
  });
});
