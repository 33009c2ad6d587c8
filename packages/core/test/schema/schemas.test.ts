import { describe, expect, expectTypeOf, test } from "vitest";
import {
  Citation,
  Country,
  Dataset,
  Disagreement,
  Document,
  EdtfDate,
  Event,
  Id,
  Membership,
  Organization,
  Person,
  Place,
  Post,
  Source,
  Statement,
  Topic,
} from "../../src/schema/index.js";

const cite = [{ source: "hanoitimes-325064", paragraph: 6, fragment: "two-day visit to Vietnam on October 15-16" }];

describe("schemas", () => {
  test("an id is a readable slug", () => {
    expect(Id.safeParse("vyacheslav-volodin").success).toBe(true);
    for (const bad of ["Volodin", "vyacheslav_volodin", "-x", "x-", "a--b", "", "người"])
      expect(Id.safeParse(bad).success, bad).toBe(false);
  });

  test("a date must be EDTF level 0/1", () => {
    expect(EdtfDate.safeParse("2023-10-15/2023-10-16").success).toBe(true);
    expect(EdtfDate.safeParse("2023-10-16T10:00").success).toBe(false);
  });

  test("a citation fragment has at most twelve words", () => {
    expect(
      Citation.safeParse({ source: "s", fragment: "one two three four five six seven eight nine ten eleven twelve" })
        .success,
    ).toBe(true);
    expect(
      Citation.safeParse({
        source: "s",
        fragment: "one two three four five six seven eight nine ten eleven twelve thirteen",
      }).success,
    ).toBe(false);
    expect(Citation.safeParse({ source: "s", paragraph: 0 }).success).toBe(false);
  });

  test("records reject fields the schema does not define", () => {
    expect(Topic.safeParse({ id: "energy", label: "Energy", colour: "red" }).success).toBe(false);
  });

  test("a person keeps native-script and alternative names with their sources", () => {
    const parsed = Person.parse({
      id: "vyacheslav-volodin",
      name: "Vyacheslav Volodin",
      nativeName: { name: "Вячеслав Володин", lang: "ru" },
      otherNames: [{ name: "Vyacheslav Victorovich Volodin", lang: "en", kind: "full", citations: cite }],
      nationality: ["ru"],
    });
    expect(parsed.otherNames[0]!.kind).toBe("full");
    expect(parsed.citations).toEqual([]);
    expect(Person.safeParse({ id: "x", name: "X", nationality: ["RU"] }).success).toBe(false);
  });

  test("a country is identified by its lower-case ISO alpha-2 code", () => {
    expect(Country.safeParse({ id: "vn", name: "Vietnam" }).success).toBe(true);
    expect(Country.safeParse({ id: "vnm", name: "Vietnam" }).success).toBe(false);
  });

  test("an event needs a kind from the controlled list, a status and at least one country", () => {
    const base = {
      id: "e",
      title: "T",
      kind: "talks",
      date: "2023-10-15",
      status: "took-place",
      countries: ["vn", "ru"],
      summary: "S",
      citations: cite,
    };
    expect(Event.safeParse(base).success).toBe(true);
    expect(Event.safeParse({ ...base, kind: "party" }).success).toBe(false);
    expect(Event.safeParse({ ...base, status: "happened" }).success).toBe(false);
    expect(Event.safeParse({ ...base, countries: [] }).success).toBe(false);
    expect(Event.safeParse({ ...base, sequence: 0 }).success).toBe(false);
  });

  test("a source records unknown publisher, URL and date as null, not as guesses", () => {
    const unknown = Source.parse({
      id: "article-003",
      title: "T",
      publisher: null,
      url: null,
      published: "../2025-09-28",
      language: "en",
      textAvailable: true,
      textFile: "003.txt",
    });
    expect(unknown.publisher).toBeNull();
    expect(Source.safeParse({ ...unknown, url: "ftp://example.org/x" }).success).toBe(false);
    expect(Source.safeParse({ ...unknown, publisher: undefined }).success).toBe(false);
  });

  test("a source may be marked weak and takes no other quality", () => {
    const base = {
      id: "s",
      title: "T",
      publisher: null,
      url: null,
      published: null,
      language: "en",
      textAvailable: false,
    };
    expect(Source.parse(base).quality).toBeUndefined();
    expect(Source.parse({ ...base, quality: "weak" }).quality).toBe("weak");
    expect(Source.safeParse({ ...base, quality: "dubious" }).success).toBe(false);
  });

  test("a disagreement keeps at least two versions with ranks", () => {
    const version = { value: "15 October", rank: "preferred", citations: cite };
    const base = {
      id: "d",
      targets: [{ record: "e", path: "date" }],
      question: "When?",
      nature: "contradiction",
      reason: "Most sources.",
      versions: [version, { ...version, rank: "deprecated" }],
    };
    expect(Disagreement.safeParse(base).success).toBe(true);
    expect(Disagreement.safeParse({ ...base, versions: [version] }).success).toBe(false);
    expect(Disagreement.safeParse({ ...base, versions: [version, { ...version, rank: "best" }] }).success).toBe(false);
  });

  test("a disagreement points at one field or more, as dotted field names without array indexes", () => {
    const version = { value: "15 October", rank: "preferred", citations: cite };
    const base = { id: "d", question: "When?", nature: "contradiction", reason: "R.", versions: [version, version] };
    const parses = (targets: unknown) => Disagreement.safeParse({ ...base, targets }).success;
    expect(parses([{ record: "e", path: "participants.posts" }])).toBe(true);
    expect(parses([])).toBe(false);
    expect(parses([{ record: "e", path: "participants[0].posts" }])).toBe(false);
    expect(parses([{ record: "e", path: "" }])).toBe(false);
    expect(Disagreement.safeParse({ ...base, about: ["e"], field: "date" }).success).toBe(false);
  });

  test("memberships, posts, organizations, places, documents and statements parse with their defaults", () => {
    expect(Membership.parse({ id: "m", person: "p", post: "q", start: "2016-10-05", citations: cite }).acting).toBe(
      false,
    );
    expect(Post.parse({ id: "q", label: "Chairman", organization: "o" }).singleHolder).toBe(true);
    expect(Organization.parse({ id: "o", name: "State Duma", kind: "chamber" }).countries).toEqual([]);
    expect(
      Place.safeParse({ id: "hanoi", name: "Hanoi", kind: "city", country: "vn", coordinates: { lat: 200, lon: 0 } })
        .success,
    ).toBe(false);
    expect(Document.parse({ id: "d", title: "Agreement", kind: "agreement", citations: cite }).parties).toEqual([]);
    expect(Statement.parse({ id: "s", speaker: "p", event: "e", summary: "S", citations: cite }).topics).toEqual([]);
  });

  test("inferred types carry the schema's names and fields", () => {
    expectTypeOf<Person["nationality"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Event["status"]>().toEqualTypeOf<"announced" | "took-place" | "postponed" | "cancelled">();
    expectTypeOf<Dataset["events"][number]>().toEqualTypeOf<Event>();
  });
});
