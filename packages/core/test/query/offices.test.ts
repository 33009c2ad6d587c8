import { describe, expect, test } from "vitest";
import { createParley } from "../../src/query/createParley.js";
import type { OfficeAnswer } from "../../src/query/Parley.js";
import { smallDataset } from "../fixtures/smallDataset.js";

const parley = createParley(smallDataset());
const PRESIDENT = "president-of-vietnam";
const holders = (answer: OfficeAnswer) => answer.holders.map((h) => [h.person.id, h.certainty]);

describe("holderOf", () => {
  test("answers one certain holder on a day inside a term", () => {
    const answer = parley.holderOf(PRESIDENT, "2024-03-20");
    expect(holders(answer)).toEqual([["vo-van-thuong", "certain"]]);
    expect(answer.ambiguous).toBe(false);
    expect(answer.date).toBe("2024-03-20");
    expect(answer.holders[0]?.membership.id).toBe("thuong-president-2023");
    expect(answer.holders[0]?.post.id).toBe(PRESIDENT);
  });

  test("answers both holders on the handover day, when the president was relieved and the acting president took over", () => {
    const answer = parley.holderOf(PRESIDENT, "2024-03-21");
    expect(holders(answer)).toEqual([
      ["vo-van-thuong", "certain"],
      ["vo-thi-anh-xuan", "certain"],
    ]);
    expect(answer.ambiguous).toBe(true);
  });

  test("answers the acting holder alone the day after the handover", () => {
    const answer = parley.holderOf(PRESIDENT, "2024-03-22");
    expect(holders(answer)).toEqual([["vo-thi-anh-xuan", "certain"]]);
    expect(answer.ambiguous).toBe(false);
  });

  test("answers both holders, each ambiguous, for a month that straddles a change", () => {
    const answer = parley.holderOf(PRESIDENT, "2024-03");
    expect(holders(answer)).toEqual([
      ["vo-van-thuong", "ambiguous"],
      ["vo-thi-anh-xuan", "ambiguous"],
    ]);
    expect(answer.ambiguous).toBe(true);
  });

  test("answers every possible holder of a year, in date order", () => {
    const answer = parley.holderOf(PRESIDENT, "2024");
    expect(answer.holders.map((h) => h.person.id)).toEqual(["vo-van-thuong", "vo-thi-anh-xuan", "to-lam"]);
    expect(answer.ambiguous).toBe(true);
  });

  test("counts an acting holder as a holder", () => {
    expect(holders(parley.holderOf(PRESIDENT, "2023-02"))).toEqual([["vo-thi-anh-xuan", "certain"]]);
  });

  test("answers one certain holder for a month wholly inside a term", () => {
    const answer = parley.holderOf(PRESIDENT, "2023-10");
    expect(holders(answer)).toEqual([["vo-van-thuong", "certain"]]);
    expect(answer.ambiguous).toBe(false);
  });

  test("takes EDTF intervals and qualifiers", () => {
    expect(parley.holderOf(PRESIDENT, "2024-05-21/2024-05-23").holders.map((h) => h.person.id)).toEqual([
      "vo-thi-anh-xuan",
      "to-lam",
    ]);
    expect(holders(parley.holderOf(PRESIDENT, "2023-10~"))).toEqual([["vo-van-thuong", "certain"]]);
  });

  test("answers nobody after the last recorded term ends", () => {
    expect(parley.holderOf(PRESIDENT, "2025-01-01")).toEqual({ date: "2025-01-01", holders: [], ambiguous: false });
  });

  test("treats an open term as continuing", () => {
    expect(holders(parley.holderOf("chairman-of-the-state-duma", "2030-01-01"))).toEqual([
      ["vyacheslav-volodin", "certain"],
    ]);
  });

  test("is ambiguous before the first time a source shows a holder whose start is unknown", () => {
    expect(holders(parley.holderOf("deputy-of-the-state-duma", "2023-08"))).toEqual([
      ["leonid-slutsky", "ambiguous"],
      ["vyacheslav-volodin", "ambiguous"],
    ]);
  });

  test("does not call a post with many seats ambiguous merely for having several holders", () => {
    const answer = parley.holderOf("deputy-of-the-state-duma", "2023-10-01");
    expect(holders(answer)).toEqual([
      ["leonid-slutsky", "certain"],
      ["vyacheslav-volodin", "certain"],
    ]);
    expect(answer.ambiguous).toBe(false);
  });

  test("answers nothing, without throwing, for an unknown post or an unreadable date", () => {
    expect(parley.holderOf("no-such-post", "2024-03")).toEqual({ date: "2024-03", holders: [], ambiguous: false });
    expect(parley.holderOf(PRESIDENT, "March 2024")).toEqual({ date: "March 2024", holders: [], ambiguous: false });
  });
});

describe("officeOn", () => {
  test("lists every post a person held on a day", () => {
    const answer = parley.officeOn("vo-thi-anh-xuan", "2024-04-01");
    expect(answer.holders.map((h) => [h.post.id, h.certainty])).toEqual([
      ["vice-president-of-vietnam", "certain"],
      [PRESIDENT, "certain"],
    ]);
    expect(answer.ambiguous).toBe(false);
  });

  test("is ambiguous when a month straddles the end of a term", () => {
    const answer = parley.officeOn("vuong-dinh-hue", "2024-05");
    expect(answer.holders.map((h) => [h.post.id, h.certainty])).toEqual([
      ["chairman-of-the-national-assembly-of-vietnam", "ambiguous"],
    ]);
    expect(answer.ambiguous).toBe(true);
  });

  test("answers nothing once a term has ended", () => {
    expect(parley.officeOn("vuong-dinh-hue", "2024-05-03").holders).toEqual([]);
  });

  test("answers nothing, without throwing, for an unknown person", () => {
    expect(parley.officeOn("nobody", "2024")).toEqual({ date: "2024", holders: [], ambiguous: false });
  });
});

describe("terms of office", () => {
  test("membershipsOf lists a person's terms in date order", () => {
    expect(parley.membershipsOf("vo-thi-anh-xuan").map((m) => m.id)).toEqual([
      "xuan-vice-president-2021",
      "xuan-acting-president-2023",
      "xuan-acting-president-2024",
    ]);
  });

  test("holdersOf lists a post's terms in date order", () => {
    expect(parley.holdersOf(PRESIDENT).map((m) => m.id)).toEqual([
      "phuc-president-2021",
      "xuan-acting-president-2023",
      "thuong-president-2023",
      "xuan-acting-president-2024",
      "to-lam-president-2024",
    ]);
  });

  test("both are empty for unknown ids", () => {
    expect(parley.membershipsOf("nobody")).toEqual([]);
    expect(parley.holdersOf("nothing")).toEqual([]);
  });
});
