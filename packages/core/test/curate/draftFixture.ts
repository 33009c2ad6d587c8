// A hand-made draft against the shipped dataset: one article that matches the recorded 2023 Volodin visit (with a
// date conflict), reports new talks, and names a person the record does not know.
import type { Draft } from "../../src/draft/Draft.js";

export const SOURCE_ID = "example-2023-10-14-volodin";
export const MATCHED = "2023-10-volodin-visit-vietnam";

const TEXT = [
  "HANOI — Russian State Duma Chairman Vyacheslav Volodin arrived in Hanoi on October 14 for an official visit.",
  "He held talks with National Assembly Chairman Vuong Dinh Hue the same afternoon.",
  "The delegation included Ivan Testov, an adviser to the Duma.",
].join("\n\n");

const cite = (paragraph: number, fragment: string, note?: string) => ({
  source: SOURCE_ID,
  paragraph,
  fragment,
  ...(note ? { note } : {}),
});

/** A fresh copy of the draft, to change in a test. */
export function makeDraft(): Draft {
  return {
    text: TEXT,
    language: "en",
    source: {
      id: SOURCE_ID,
      title: "Volodin arrives in Hanoi",
      publisher: null,
      url: "https://example.org/2023/10/14/volodin",
      published: "2023-10-14",
      language: "en",
      textAvailable: false,
    },
    mentions: [{ kind: "person", id: "vyacheslav-volodin", text: "Vyacheslav Volodin", start: 35, end: 53 }],
    events: [
      {
        match: MATCHED,
        role: "main",
        record: {
          id: "2023-10-14-volodin-official-visit",
          title: "Volodin's official visit to Vietnam",
          kind: "official-visit",
          date: "2023-10-14",
          status: "took-place",
          earlierPlans: [],
          place: "hanoi",
          countries: ["vn", "ru"],
          participants: [
            {
              person: "vyacheslav-volodin",
              role: "guest",
              posts: ["chairman-of-the-state-duma"],
              citations: [cite(1, "Russian State Duma Chairman Vyacheslav Volodin arrived in Hanoi")],
            },
            {
              person: "ivan-testov",
              role: "delegation-member",
              posts: [],
              citations: [cite(3, "The delegation included Ivan Testov")],
            },
          ],
          organizations: [],
          topics: [],
          summary: "The State Duma Chairman visits Vietnam.",
          citations: [cite(1, "arrived in Hanoi on October 14", "date")],
        },
        agrees: ["kind", "place"],
        conflicts: [
          { path: "date", record: "2023-10-15/2023-10-16", article: "2023-10-14", fragment: "on October 14" },
        ],
      },
      {
        match: null,
        role: "reported",
        record: {
          id: "2023-10-14-volodin-hue-talks-example",
          title: "Volodin and Huệ hold talks",
          kind: "talks",
          date: "2023-10-14",
          status: "took-place",
          earlierPlans: [],
          place: "hanoi",
          countries: ["vn", "ru"],
          participants: [
            {
              person: "vyacheslav-volodin",
              role: "guest",
              posts: ["chairman-of-the-state-duma"],
              citations: [cite(2, "He held talks with")],
            },
            {
              person: "vuong-dinh-hue",
              role: "host",
              posts: ["chairman-of-the-national-assembly-of-vietnam"],
              citations: [cite(2, "National Assembly Chairman Vuong Dinh Hue")],
            },
          ],
          organizations: [],
          topics: [],
          summary: "The two chairmen held talks in Hanoi.",
          citations: [cite(2, "held talks with National Assembly Chairman Vuong Dinh Hue the same afternoon")],
        },
        agrees: [],
        conflicts: [],
      },
    ],
    people: [
      {
        id: "ivan-testov",
        name: "Ivan Testov",
        otherNames: [],
        nationality: ["ru"],
        summary: "An adviser to the State Duma.",
        citations: [cite(3, "Ivan Testov, an adviser to the Duma")],
      },
    ],
    documents: [],
    statements: [],
    disagreements: [],
    notes: [],
  };
}
