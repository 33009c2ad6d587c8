import { describe, expect, test } from "vitest";
import { citationListsOf, linksOf } from "../../src/model/walkRecord.js";
import { Event, Person } from "../../src/schema/index.js";

const event = Event.parse({
  id: "e",
  title: "T",
  kind: "talks",
  date: "2023-10-15",
  status: "took-place",
  parent: "visit",
  place: "hanoi",
  countries: ["vn"],
  participants: [
    { person: "p", role: "host", posts: ["chair", "head"], citations: [{ source: "s1" }, { source: "s2" }] },
  ],
  topics: ["energy"],
  summary: "S",
  citations: [{ source: "s3" }],
});

describe("walkRecord", () => {
  test("linksOf lists every id an event points to, with its path and expected kinds", () => {
    const links = linksOf("events", event).map((l) => `${l.path.join(".")}=${l.target}:${l.kinds.join("|")}`);
    expect(links).toEqual([
      "parent=visit:events",
      "place=hanoi:places",
      "countries.0=vn:countries",
      "participants.0.person=p:people",
      "participants.0.posts.0=chair:posts",
      "participants.0.posts.1=head:posts",
      "participants.0.citations.0.source=s1:sources",
      "participants.0.citations.1.source=s2:sources",
      "topics.0=energy:topics",
      "citations.0.source=s3:sources",
    ]);
  });

  test("linksOf reaches the citations of names and birth dates", () => {
    const person = Person.parse({
      id: "p",
      name: "P",
      nativeName: { name: "П", lang: "ru", citations: [{ source: "a" }] },
      otherNames: [{ name: "Pp", lang: "en", citations: [{ source: "b" }] }],
      nationality: ["ru"],
      birth: { date: "1964-02-04", citations: [{ source: "c" }] },
    });
    expect(linksOf("people", person).map((l) => l.path.join("."))).toEqual([
      "nationality.0",
      "nativeName.citations.0.source",
      "otherNames.0.citations.0.source",
      "birth.citations.0.source",
    ]);
  });

  test("citationListsOf marks the facts that must be cited", () => {
    const lists = citationListsOf("events", event).map((l) => `${l.path.join(".")}:${l.required}`);
    expect(lists).toEqual(["citations:true", "participants.0.citations:true"]);
  });
});
