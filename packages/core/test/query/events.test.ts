import { describe, expect, test } from "vitest";
import { createParley } from "../../src/query/createParley.js";
import { smallDataset } from "../fixtures/smallDataset.js";

const parley = createParley(smallDataset());
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

const VISIT = "fixture-hue-official-visit-to-russia-2023";
const TALKS = "fixture-hue-volodin-talks-2023";
const SESSION_1 = "fixture-commission-first-session";
const MEETING = "fixture-hue-meets-matviyenko-2023";
const CALL = "fixture-thuong-volodin-call-2024-03";
const RECEPTION = "fixture-man-receives-volodin-in-da-nang-2024";
const SESSION_2 = "fixture-commission-second-session";

describe("timeline", () => {
  test("lists every event by earliest possible day, then latest, then id", () => {
    expect(ids(parley.timeline())).toEqual([VISIT, TALKS, SESSION_1, MEETING, CALL, RECEPTION, SESSION_2]);
  });

  test("from keeps events that may end on or after the day", () => {
    expect(ids(parley.timeline({ from: "2023-09-13" }))).toEqual([VISIT, CALL, RECEPTION, SESSION_2]);
  });

  test("to keeps events that may start on or before the day", () => {
    expect(ids(parley.timeline({ to: "2023-09-11" }))).toEqual([VISIT, TALKS]);
  });

  test("a month-precision range takes in every event that may fall in the month", () => {
    expect(ids(parley.timeline({ from: "2024-03", to: "2024-03" }))).toEqual([CALL]);
    expect(ids(parley.timeline({ from: "2024-03-31", to: "2024-03-31" }))).toEqual([CALL]);
  });

  test("a year-precision event is found by any range that overlaps its year", () => {
    expect(ids(parley.timeline({ from: "2025-06-01" }))).toEqual([SESSION_2]);
  });

  test("an invalid from or to matches nothing and does not throw", () => {
    expect(parley.timeline({ from: "last spring" })).toEqual([]);
    expect(parley.timeline({ to: "2024-13" })).toEqual([]);
  });

  test("topics include narrower topics", () => {
    expect(ids(parley.timeline({ topics: ["energy"] }))).toEqual([VISIT, TALKS, SESSION_1, CALL, SESSION_2]);
    expect(ids(parley.timeline({ topics: ["oil-and-gas"] }))).toEqual([TALKS, SESSION_2]);
  });

  test("places include venues within them", () => {
    expect(ids(parley.timeline({ places: ["moscow"] }))).toEqual([VISIT, TALKS, SESSION_1, MEETING]);
    expect(ids(parley.timeline({ places: ["state-duma-building"] }))).toEqual([TALKS]);
  });

  test("organizations match involvement or the series a session belongs to", () => {
    expect(ids(parley.timeline({ organizations: ["inter-parliamentary-commission-vn-ru"] }))).toEqual([
      SESSION_1,
      SESSION_2,
    ]);
    expect(ids(parley.timeline({ organizations: ["national-assembly-of-vietnam"] }))).toEqual([VISIT, RECEPTION]);
  });

  test("a list filter matches any of its items, and all filters must match", () => {
    expect(ids(parley.timeline({ people: ["valentina-matviyenko", "vo-van-thuong"] }))).toEqual([MEETING, CALL]);
    expect(
      ids(parley.timeline({ people: ["vyacheslav-volodin"], kinds: ["committee-session"], statuses: ["announced"] })),
    ).toEqual([SESSION_2]);
    expect(ids(parley.timeline({ people: ["vuong-dinh-hue"], topics: ["energy"], to: "2023-09-11" }))).toEqual([
      VISIT,
      TALKS,
    ]);
  });

  test("countries, kinds and statuses filter", () => {
    expect(parley.timeline({ countries: ["vn"] })).toHaveLength(7);
    expect(ids(parley.timeline({ kinds: ["phone-call", "reception"] }))).toEqual([CALL, RECEPTION]);
    expect(ids(parley.timeline({ statuses: ["announced"] }))).toEqual([SESSION_2]);
  });

  test("topLevelOnly leaves out events that are part of another", () => {
    expect(ids(parley.timeline({ topLevelOnly: true }))).toEqual([VISIT, CALL, RECEPTION, SESSION_2]);
  });

  test("an empty list is no filter, and unknown ids match nothing", () => {
    expect(parley.timeline({ people: [] })).toHaveLength(7);
    expect(parley.timeline({ people: ["nobody"] })).toEqual([]);
  });
});

describe("eventsOf", () => {
  test("lists a person's events in date order", () => {
    expect(ids(parley.eventsOf("vuong-dinh-hue"))).toEqual([VISIT, TALKS, SESSION_1, MEETING]);
  });

  test("includes the sessions of a mechanism", () => {
    expect(ids(parley.eventsOf("inter-parliamentary-commission-vn-ru"))).toEqual([SESSION_1, SESSION_2]);
  });

  test("takes further filters", () => {
    expect(ids(parley.eventsOf("vyacheslav-volodin", { from: "2024-01-01", topLevelOnly: true }))).toEqual([
      CALL,
      RECEPTION,
      SESSION_2,
    ]);
  });

  test("answers topics, places and countries too", () => {
    expect(ids(parley.eventsOf("oil-and-gas"))).toEqual([TALKS, SESSION_2]);
    expect(ids(parley.eventsOf("da-nang"))).toEqual([RECEPTION]);
    expect(parley.eventsOf("ru")).toHaveLength(7);
  });

  test("is empty for unknown ids and records that take no part in events", () => {
    expect(parley.eventsOf("nobody")).toEqual([]);
    expect(parley.eventsOf("fixture-visit-report")).toEqual([]);
  });
});

describe("event structure", () => {
  test("childrenOf lists the parts of a visit in date order", () => {
    expect(ids(parley.childrenOf(VISIT))).toEqual([TALKS, SESSION_1, MEETING]);
    expect(parley.childrenOf(TALKS)).toEqual([]);
    expect(parley.childrenOf("missing")).toEqual([]);
  });

  test("parentOf gives the visit a meeting belongs to, or null", () => {
    expect(parley.parentOf(MEETING)?.id).toBe(VISIT);
    expect(parley.parentOf(VISIT)).toBeNull();
    expect(parley.parentOf("missing")).toBeNull();
  });

  test("documentsOf lists what was signed at an event", () => {
    expect(ids(parley.documentsOf(SESSION_1))).toEqual(["fixture-cooperation-agreement-2023"]);
    expect(parley.documentsOf(VISIT)).toEqual([]);
  });

  test("statementsOf answers for an event and for a speaker, and nothing for a place", () => {
    expect(ids(parley.statementsOf(TALKS))).toEqual(["fixture-volodin-on-oil-and-gas"]);
    expect(ids(parley.statementsOf("vuong-dinh-hue"))).toEqual(["fixture-hue-on-energy"]);
    expect(parley.statementsOf("moscow")).toEqual([]);
  });
});

describe("participantsOf", () => {
  test("resolves people, roles and posts with the citations that place them there", () => {
    const [guest, host, attendee] = parley.participantsOf(TALKS);
    expect(guest).toMatchObject({ role: "guest", capacity: null });
    expect(guest?.person.id).toBe("vuong-dinh-hue");
    expect(guest?.posts.map((p) => [p.post.id, p.heldOnDate])).toEqual([
      ["chairman-of-the-national-assembly-of-vietnam", "certain"],
    ]);
    expect(guest?.citations).toEqual([{ source: "fixture-ru-talks-report" }]);
    expect(host?.person.id).toBe("vyacheslav-volodin");
    expect(attendee?.posts[0]?.heldOnDate).toBe("ambiguous");
  });

  test("marks a post as ambiguous when a month-precision date straddles a change", () => {
    const caller = parley.participantsOf(CALL).find((p) => p.person.id === "vo-van-thuong");
    expect(caller?.posts[0]?.heldOnDate).toBe("ambiguous");
  });

  test("is empty for an unknown event", () => {
    expect(parley.participantsOf("missing")).toEqual([]);
  });

  test("answers a repeated question with the same frozen list", () => {
    const first = parley.participantsOf(TALKS);
    expect(parley.participantsOf(TALKS)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });
});
