import { describe, expect, test } from "vitest";
import { createParley } from "../../src/query/createParley.js";
import { smallDataset } from "../fixtures/smallDataset.js";

const parley = createParley(smallDataset());

/** Tries to change a value the way a careless caller might; strict-mode modules throw on frozen values. */
function mutate(action: () => void): void {
  action();
}

describe("answers are frozen", () => {
  test("a record handed out cannot be changed", () => {
    const found = parley.getPerson("vyacheslav-volodin");
    if (!found.ok) throw new Error("fixture person missing");
    expect(() => mutate(() => ((found.value as { name: string }).name = "Someone else"))).toThrow(TypeError);
    expect(() => mutate(() => (found.value.otherNames as unknown[]).push({}))).toThrow(TypeError);
    expect(parley.labelOf("vyacheslav-volodin")).toBe("Vyacheslav Volodin");
  });

  test("a timeline cannot be reordered or emptied", () => {
    const list = parley.timeline();
    expect(() => mutate(() => (list as unknown[]).reverse())).toThrow(TypeError);
    expect(() => mutate(() => ((list as unknown[]).length = 0))).toThrow(TypeError);
    expect(parley.timeline()[0]?.id).toBe("fixture-hue-official-visit-to-russia-2023");
  });

  test("an office answer cannot be changed", () => {
    const answer = parley.holderOf("president-of-vietnam", "2024-03");
    expect(() => mutate(() => ((answer as { ambiguous: boolean }).ambiguous = false))).toThrow(TypeError);
    expect(() => mutate(() => (answer.holders as unknown[]).pop())).toThrow(TypeError);
    expect(() => mutate(() => ((answer.holders[0] as { certainty: string }).certainty = "certain"))).toThrow(TypeError);
    expect(parley.holderOf("president-of-vietnam", "2024-03").holders).toHaveLength(2);
  });

  test("cached answers cannot be changed, so later answers stay the same", () => {
    const children = parley.childrenOf("fixture-hue-official-visit-to-russia-2023");
    expect(() => mutate(() => (children as unknown[]).splice(0, 3))).toThrow(TypeError);
    const stats = parley.stats();
    expect(() => mutate(() => ((stats.counts as Record<string, number>).events = 0))).toThrow(TypeError);
    const topics = parley.topicsOverTime();
    expect(() => mutate(() => ((topics[0] as { count: number }).count = 99))).toThrow(TypeError);
    const met = parley.counterpartsOf("vyacheslav-volodin");
    expect(() => mutate(() => (met[0]!.events as unknown[]).push(null))).toThrow(TypeError);
    expect(parley.childrenOf("fixture-hue-official-visit-to-russia-2023")).toHaveLength(3);
    expect(parley.stats().counts.events).toBe(7);
    expect(parley.topicsOverTime()[0]?.count).toBe(1);
    expect(parley.counterpartsOf("vyacheslav-volodin")[0]?.events).toHaveLength(3);
  });

  test("every other list and view is frozen", () => {
    const values: unknown[] = [
      parley.participantsOf("fixture-hue-volodin-talks-2023"),
      parley.participantsOf("fixture-hue-volodin-talks-2023")[0],
      parley.eventsOf("vuong-dinh-hue"),
      parley.membershipsOf("vo-thi-anh-xuan"),
      parley.holdersOf("president-of-vietnam"),
      parley.documentsOf("fixture-commission-first-session"),
      parley.statementsOf("vuong-dinh-hue"),
      parley.network(),
      parley.network().edges[0],
      parley.citationsOf("fixture-hue-official-visit-to-russia-2023")[0],
      parley.recordsCiting("fixture-visit-report"),
      parley.disagreementsAbout("fixture-hue-official-visit-to-russia-2023"),
      parley.get("energy"),
      parley.getPerson("missing"),
      parley.dataset,
      parley.dataset.events,
      parley,
    ];
    for (const value of values) expect(Object.isFrozen(value)).toBe(true);
  });

  test("a record of the dataset given to createParley is frozen in place as soon as a query hands it out", () => {
    const data = smallDataset();
    const q = createParley(data);
    const event = data.events[0]!;
    const found = q.getEvent(event.id);
    expect(found.ok && found.value).toBe(event);
    expect(Object.isFrozen(event.participants[0])).toBe(true);
  });

  test("the dataset handed out by createParley is frozen all the way down", () => {
    const q = createParley(smallDataset());
    expect(Object.isFrozen(q.dataset.people)).toBe(true);
    expect(Object.isFrozen(q.dataset.people[0]!.otherNames)).toBe(true);
  });
});
