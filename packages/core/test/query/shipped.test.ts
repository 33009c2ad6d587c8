import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import * as main from "../../src/index.js";
import { createParley } from "../../src/query/createParley.js";
import * as shipped from "../../src/shipped.js";
import { parley } from "../../src/shipped/parley.js";

const { holderOf, stats, timeline } = parley;

const president = dataset.posts.find((p) => p.label === "President of Vietnam");
const personNamed = (native: string) => dataset.people.find((p) => p.nativeName?.name === native);
const thuong = personNamed("Võ Văn Thưởng");
const xuan = personNamed("Võ Thị Ánh Xuân");
const hasChain = Boolean(
  president &&
  thuong &&
  xuan &&
  dataset.memberships.some((m) => m.post === president.id && m.person === xuan.id && m.acting),
);

describe("queries over the shipped dataset", () => {
  test("parley is one Parley over the shipped dataset, handed out by the shipped entry", () => {
    expect(shipped.parley).toBe(parley);
    expect(shipped.dataset).toBe(dataset);
    expect(parley.dataset).toBe(dataset);
    expect(parley.get("no-such-record").ok).toBe(false);
    expect(parley.labelOf("no-such-record")).toBe("no-such-record");
  });

  test("the main entry hands out no query bound to the shipped dataset, only what works on any dataset", () => {
    const methods = Object.keys(parley).filter(
      (key) => typeof (parley as unknown as Record<string, unknown>)[key] === "function",
    );
    expect(methods.length).toBeGreaterThan(30);
    const bound = methods.filter((name) => name in main);
    expect(bound).toEqual([]);
    expect("dataset" in main || "parley" in main || "search" in main).toBe(false);
    expect(typeof main.createParley).toBe("function");
  });

  test("stats count every shipped record", () => {
    expect(stats().counts.events).toBe(dataset.events.length);
    expect(stats().counts.people).toBe(dataset.people.length);
  });

  test("the timeline holds every shipped event, in date order", () => {
    const events = timeline();
    expect(events).toHaveLength(dataset.events.length);
    const earliest = events.map((e) => parley.boundsOf(e.id)?.earliest ?? "");
    expect([...earliest].sort()).toEqual(earliest);
  });

  test("the shipped dataset holds the presidency's handover of 2024-03, with Võ Thị Ánh Xuân acting", () => {
    expect(hasChain).toBe(true);
  });

  test("holderOf('President of Vietnam', 2024-03) is ambiguous between Võ Văn Thưởng and Võ Thị Ánh Xuân", () => {
    const answer = holderOf(president!.id, "2024-03");
    expect(answer.holders.map((h) => h.person.id)).toEqual([thuong!.id, xuan!.id]);
    expect(answer.holders.every((h) => h.certainty === "ambiguous")).toBe(true);
    expect(answer.ambiguous).toBe(true);
  });

  test("on the handover day 2024-03-21 both the relieved and the acting president are answered", () => {
    const answer = holderOf(president!.id, "2024-03-21");
    expect(answer.holders.map((h) => h.person.id)).toEqual([thuong!.id, xuan!.id]);
    expect(answer.ambiguous).toBe(true);
    expect(holderOf(president!.id, "2024-03-20").holders.map((h) => h.person.id)).toEqual([thuong!.id]);
  });

  test("Tô Lâm takes part in the August 2024 call as General Secretary and President, each held that day", () => {
    const call = dataset.events.find((e) => e.kind === "phone-call" && e.date === "2024-08-08")!;
    const toLam = parley.participantsOf(call.id).find((p) => p.person.nativeName?.name === "Tô Lâm")!;
    expect(toLam.posts.map((p) => [p.post.label, p.heldOnDate])).toEqual([
      ["General Secretary of the Communist Party of Vietnam", "certain"],
      ["President of Vietnam", "certain"],
    ]);
  });

  test("resolveId follows a redirect from an old id, keeps a live id and knows no unknown one", () => {
    expect(parley.resolveId("2023-10-16-tien-on-visit-goals")).toBe("2023-10-15-tien-on-visit-goals");
    expect(parley.resolveId("2023-10-15-tien-on-visit-goals")).toBe("2023-10-15-tien-on-visit-goals");
    expect(parley.resolveId("no-such-record")).toBeNull();
    for (const r of dataset.redirects) expect(parley.resolveId(r.from), r.from).toBe(r.to);
  });

  test("a separate createParley over the same data answers the same", () => {
    const own = createParley(dataset);
    expect(own.stats()).toEqual(stats());
    expect(own.stats()).not.toBe(stats());
  });
});
