import { describe, expect, test } from "vitest";
import type { PloverRecord } from "../../src/export/toPloverJsonl.js";
import { toPloverJsonl } from "../../src/export/toPloverJsonl.js";
import { eventKinds } from "../../src/schema/vocabularies.js";
import { smallDataset } from "./fixtures.js";

describe("toPloverJsonl", () => {
  const data = smallDataset(300, 4);
  const text = toPloverJsonl(data);
  const records = text
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as PloverRecord);
  const byId = new Map(records.map((r) => [r.id, r]));

  test("every line is one JSON object with actor and recipient lists, or parties and why the direction is unknown", () => {
    expect(text.endsWith("\n")).toBe(true);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const sides = record.direction_unknown === undefined ? ["actor", "recipient"] : ["parties", "direction_unknown"];
      expect(Object.keys(record)).toEqual([
        "id",
        "date",
        "event_type",
        "mode",
        "context",
        ...sides,
        "cameo",
        "location",
        "summary",
        "sources",
      ]);
      expect(record.sources.length).toBeGreaterThan(0);
    }
    expect(records.some((r) => r.actor !== undefined)).toBe(true);
  });

  test("a call between parties whose direction no source gives has no actor or recipient, and says why", () => {
    const copy = structuredClone(data);
    const call = copy.events.find((e) => e.status === "took-place" && e.participants.length >= 2)!;
    call.kind = "phone-call";
    call.place = null;
    for (const p of call.participants) p.role = "party";
    const record = toPloverJsonl(copy)
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as PloverRecord)
      .find((r) => r.id === call.id)!;
    expect(record.actor).toBeUndefined();
    expect(record.recipient).toBeUndefined();
    expect(record.parties!.map((p) => p.id)).toEqual(call.participants.map((p) => p.person));
    expect(record.direction_unknown).toMatch(/no source gives the direction/);
  });

  test("a caller and the one called give actor and recipient", () => {
    const copy = structuredClone(data);
    const call = copy.events.find((e) => e.status === "took-place" && e.participants.length >= 2)!;
    call.kind = "phone-call";
    call.place = null;
    call.participants = call.participants.slice(0, 2);
    call.participants[0]!.role = "called";
    call.participants[1]!.role = "caller";
    const record = toPloverJsonl(copy)
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as PloverRecord)
      .find((r) => r.id === call.id)!;
    expect(record.actor!.map((a) => a.id)).toEqual([call.participants[1]!.person]);
    expect(record.recipient!.map((a) => a.id)).toEqual([call.participants[0]!.person]);
    expect(record.direction_unknown).toBeUndefined();
  });

  test("only events that took place and have a PLOVER type are written, with their codes", () => {
    const expected = data.events.filter((e) => e.status === "took-place" && eventKinds[e.kind].plover !== null);
    expect(records.map((r) => r.id)).toEqual(expected.map((e) => e.id));
    const visit = expected.find((e) => e.kind === "official-visit")!;
    expect(byId.get(visit.id)).toMatchObject({ event_type: "CONSULT", mode: "visit", cameo: "042", date: visit.date });
  });

  test("in a visit the guest's side is the actor and the host the recipient, legislators marked LEG", () => {
    const visit = data.events.find(
      (e) =>
        e.kind === "official-visit" &&
        e.status === "took-place" &&
        e.participants.some((p) => p.role === "delegation-member"),
    )!;
    const record = byId.get(visit.id)!;
    const guest = visit.participants.find((p) => p.role === "guest")!;
    const host = visit.participants.find((p) => p.role === "host")!;
    expect(record.actor!.map((a) => a.id)).toEqual(
      visit.participants.filter((p) => p.role === "guest" || p.role === "delegation-member").map((p) => p.person),
    );
    expect(record.recipient!.map((a) => a.id)).toEqual([host.person]);
    expect(record.actor![0]).toMatchObject({
      id: guest.person,
      sector: "LEG",
      country: expect.stringMatching(/^(VN|RU)$/),
    });
    expect(record.context[0]).toBe("legislative");
  });

  test("co-chairs of a session are split by country, so a meeting of many stays one record", () => {
    const session = data.events.find(
      (e) => e.kind === "committee-session" && e.status === "took-place" && e.participants.length >= 3,
    )!;
    const record = byId.get(session.id)!;
    expect(record.actor!.length + record.recipient!.length).toBe(session.participants.length);
    expect(new Set(record.actor!.map((a) => a.country)).size).toBe(1);
    expect(new Set(record.recipient!.map((a) => a.country)).size).toBe(1);
    expect(record.actor![0]!.country).not.toBe(record.recipient![0]!.country);
  });
});
