import { describe, expect, test } from "vitest";
import {
  DocumentKind,
  EndHow,
  EventKind,
  EventStatus,
  OrganizationKind,
  OrganizationRole,
  ParticipantRole,
  PlaceKind,
  Rank,
  StartHow,
  documentKindLabels,
  endHowLabels,
  eventKindLabels,
  eventKinds,
  eventStatusLabels,
  organizationKindLabels,
  organizationRoleLabels,
  participantRoleLabels,
  placeKindLabels,
  rankLabels,
  recordKindLabels,
  recordKinds,
  startHowLabels,
} from "../../src/index.js";
import type { Label } from "../../src/index.js";

const tables: [string, readonly string[], Readonly<Record<string, Label>>][] = [
  ["event kinds", EventKind.options, eventKindLabels],
  ["event statuses", EventStatus.options, eventStatusLabels],
  ["participant roles", ParticipantRole.options, participantRoleLabels],
  ["organization roles", OrganizationRole.options, organizationRoleLabels],
  ["ranks", Rank.options, rankLabels],
  ["organization kinds", OrganizationKind.options, organizationKindLabels],
  ["document kinds", DocumentKind.options, documentKindLabels],
  ["place kinds", PlaceKind.options, placeKindLabels],
  ["ways a term began", StartHow.options, startHowLabels],
  ["ways a term ended", EndHow.options, endHowLabels],
];

describe("the label tables", () => {
  test.each(tables)("label every one of the %s and nothing else, in English", (_, values, table) => {
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const value of values) expect(table[value]?.en, value).toMatch(/^\S.*\S$|^\S$/);
  });

  test("name every record kind, one and many, with no two kinds sharing a name", () => {
    expect(Object.keys(recordKindLabels).sort()).toEqual([...recordKinds].sort());
    const singulars = recordKinds.map((k) => recordKindLabels[k].singular.en);
    const plurals = recordKinds.map((k) => recordKindLabels[k].plural.en);
    expect(new Set(singulars).size).toBe(recordKinds.length);
    expect(new Set(plurals).size).toBe(recordKinds.length);
  });

  test("call a post an office and a membership a term of office", () => {
    expect(recordKindLabels.posts.plural.en).toBe("Offices");
    expect(recordKindLabels.memberships.singular.en).toBe("Term of office");
  });

  test("give each event kind's codes the same label as the table", () => {
    for (const kind of EventKind.options) expect(eventKinds[kind].label).toBe(eventKindLabels[kind].en);
  });

  test("cannot be changed by a caller", () => {
    expect(Object.isFrozen(recordKindLabels)).toBe(true);
    expect(Object.isFrozen(eventStatusLabels)).toBe(true);
  });
});
