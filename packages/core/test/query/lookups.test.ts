import { describe, expect, test } from "vitest";
import { createParley } from "../../src/query/createParley.js";
import { validateDataset } from "../../src/validate/validateDataset.js";
import { smallDataset, smallDatasetInput } from "../fixtures/smallDataset.js";

const parley = createParley(smallDataset());

describe("the fixture", () => {
  test("passes validateDataset with zero issues", () => {
    const result = validateDataset(structuredClone(smallDatasetInput));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("lookups by id", () => {
  test("get returns any record with its kind", () => {
    const found = parley.get("energy");
    expect(found.ok && found.value.kind).toBe("topics");
    expect(found.ok && found.value.record.id).toBe("energy");
  });

  test("get reports an unknown id as not found, without throwing", () => {
    const found = parley.get("no-such-record");
    expect(found).toEqual({
      ok: false,
      error: { code: "not-found", id: "no-such-record", kind: "any", message: 'no record with id "no-such-record"' },
    });
  });

  test("a typed getter returns the record of its kind", () => {
    const person = parley.getPerson("vyacheslav-volodin");
    expect(person.ok && person.value.nativeName?.name).toBe("Вячеслав Володин");
    const event = parley.getEvent("fixture-hue-volodin-talks-2023");
    expect(event.ok && event.value.kind).toBe("talks");
  });

  test("a typed getter says when the id belongs to another kind", () => {
    expect(parley.getPerson("moscow")).toEqual({
      ok: false,
      error: { code: "wrong-kind", id: "moscow", kind: "people", message: '"moscow" is a place, not a person' },
    });
    const asEvent = parley.getEvent("energy");
    expect(asEvent.ok ? null : asEvent.error.message).toBe('"energy" is a topic, not an event');
  });

  test("a typed getter reports an unknown id in the words of its kind", () => {
    const missing = parley.getOrganization("nowhere");
    expect(missing.ok ? null : missing.error).toEqual({
      code: "not-found",
      id: "nowhere",
      kind: "organizations",
      message: 'no organization with id "nowhere"',
    });
  });

  test("every typed getter finds a record of its kind", () => {
    expect(parley.getOrganization("state-duma").ok).toBe(true);
    expect(parley.getPost("president-of-vietnam").ok).toBe(true);
    expect(parley.getMembership("thuong-president-2023").ok).toBe(true);
    expect(parley.getDocument("fixture-cooperation-agreement-2023").ok).toBe(true);
    expect(parley.getStatement("fixture-hue-on-energy").ok).toBe(true);
    expect(parley.getTopic("oil-and-gas").ok).toBe(true);
    expect(parley.getPlace("da-nang").ok).toBe(true);
    expect(parley.getCountry("vn").ok).toBe(true);
    expect(parley.getSource("fixture-visit-report").ok).toBe(true);
    expect(parley.getDisagreement("fixture-visit-start-date").ok).toBe(true);
  });

  test("kindOf names the kind of an id, or null", () => {
    expect(parley.kindOf("da-nang")).toBe("places");
    expect(parley.kindOf("ru")).toBe("countries");
    expect(parley.kindOf("missing")).toBeNull();
  });
});

describe("labelOf", () => {
  test.each([
    ["vuong-dinh-hue", "Vuong Dinh Hue"],
    ["fixture-hue-volodin-talks-2023", "Talks between Vuong Dinh Hue and Vyacheslav Volodin"],
    ["president-of-vietnam", "President of Vietnam"],
    ["oil-and-gas", "Oil and gas"],
    ["fixture-ru-talks-report", "Володин провёл переговоры с Выонг Динь Хюэ"],
    ["thuong-president-2023", "Vo Van Thuong — President of Vietnam"],
    ["state-duma", "State Duma"],
    ["da-nang", "Da Nang"],
    ["vn", "Vietnam"],
    [
      "fixture-cooperation-agreement-2023",
      "Cooperation agreement between the National Assembly of Vietnam and the State Duma",
    ],
    ["no-such-id", "no-such-id"],
  ])("labelOf(%s) is %s", (id, label) => {
    expect(parley.labelOf(id)).toBe(label);
  });
});

describe("boundsOf", () => {
  test("gives the precomputed bounds of an event's date", () => {
    expect(parley.boundsOf("fixture-thuong-volodin-call-2024-03")).toMatchObject({
      earliest: "2024-03-01",
      latest: "2024-03-31",
      precision: "month",
    });
  });

  test("gives a membership's start and a statement its event's date", () => {
    expect(parley.boundsOf("thuong-president-2023")?.earliest).toBe("2023-03-02");
    expect(parley.boundsOf("fixture-hue-on-energy")?.earliest).toBe("2023-09-12");
  });

  test("is null for records without a date and unknown ids", () => {
    expect(parley.boundsOf("energy")).toBeNull();
    expect(parley.boundsOf("missing")).toBeNull();
  });
});
