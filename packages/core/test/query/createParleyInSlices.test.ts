import { describe, expect, test } from "vitest";
import { buildIndex, buildIndexSteps } from "../../src/query/buildIndex.js";
import { createParley } from "../../src/query/createParley.js";
import { createParleyInSlices } from "../../src/query/createParleyInSlices.js";
import type { Parley } from "../../src/query/Parley.js";
import { runSteps, STEP_SIZE } from "../../src/steps/runSteps.js";
import { generateDataset } from "../../src/testing/index.js";

const data = generateDataset({ events: 2000, seed: 3 });

/** What a Parley answers about the whole dataset and about records of every kind, as JSON. */
function answersOf(parley: Parley): string {
  const event = data.events[17]!;
  const person = data.people[0]!;
  const post = data.memberships[0]!.post;
  const topic = data.topics[0]!.id;
  const source = data.sources[0]!.id;
  const per = [
    event.id,
    data.events[1234]!.id,
    person.id,
    data.people[5]!.id,
    topic,
    data.places[0]!.id,
    data.organizations[0]!.id,
  ].map((id) => ({
    id,
    get: parley.get(id),
    events: parley.eventsOf(id).map((e) => e.id),
    documents: parley.documentsOf(id).map((d) => d.id),
    statements: parley.statementsOf(id).map((s) => s.id),
    disagreements: parley.disagreementsAbout(id),
    citations: parley.citationsOf(id),
  }));
  return JSON.stringify({
    timeline: parley.timeline().map((e) => e.id),
    stats: parley.stats(),
    topicsOverTime: parley.topicsOverTime(),
    network: parley.network(),
    participants: parley.participantsOf(event.id),
    children: parley.childrenOf(event.id).map((e) => e.id),
    parent: parley.parentOf(event.id)?.id ?? null,
    memberships: parley.membershipsOf(person.id),
    counterparts: parley.counterpartsOf(person.id),
    holders: parley.holdersOf(post),
    holder: parley.holderOf(post, "2015-06-01"),
    office: parley.officeOn(person.id, "2015-06-01"),
    narrower: parley.narrowerOf(topic).map((t) => t.id),
    citing: parley.recordsCiting(source),
    per,
  });
}

describe("createParleyInSlices", () => {
  test("builds a Parley that answers exactly as createParley's does", async () => {
    const sliced = await createParleyInSlices(data, { sliceMs: 1 });
    const built = createParley(data);
    expect(answersOf(sliced)).toBe(answersOf(built));
    expect(sliced.timeline()).toHaveLength(data.events.length);
  });

  test("builds its index in steps, pausing at least every STEP_SIZE events in its passes over them by id and by position", () => {
    const steps = buildIndexSteps(data);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(2 * Math.floor(data.events.length / STEP_SIZE));
    expect(runSteps(buildIndexSteps(data)).events).toEqual(buildIndex(data).events);
  });

  test("gives the thread back between slices, so a timer set before the build runs before it ends", async () => {
    const ran: string[] = [];
    setTimeout(() => ran.push("timer"), 0);
    await createParleyInSlices(data, { sliceMs: 0 });
    ran.push("built");
    expect(ran).toEqual(["timer", "built"]);
  });

  test("stops between slices when its signal aborts, rejecting with the signal's reason", async () => {
    const controller = new AbortController();
    const building = createParleyInSlices(data, { sliceMs: 0, signal: controller.signal });
    controller.abort(new Error("closed"));
    await expect(building).rejects.toThrow("closed");
    await expect(createParleyInSlices(data, { signal: AbortSignal.abort(new Error("already")) })).rejects.toThrow(
      "already",
    );
  });
});
